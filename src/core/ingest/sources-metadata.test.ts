import { describe, expect, it } from 'vitest';
import { readSources } from './sources-metadata.ts';

describe('readSources', () => {
  it('reads url, outlet and published per file, ignoring extra fields', () => {
    const json = JSON.stringify({
      'a.txt': {
        outlet: 'Global Times',
        url: null,
        published: '2020-11-22',
        note: 'printed in text',
      },
    });
    const result = readSources(json);
    expect(result.error).toBeNull();
    expect(result.warnings).toEqual([]);
    expect(result.entries.get('a.txt')).toEqual({
      url: null,
      outlet: 'Global Times',
      published: '2020-11-22',
    });
  });

  it('drops an impossible published date with a warning and keeps the rest of the entry', () => {
    const result = readSources(
      JSON.stringify({ 'a.txt': { outlet: 'X', published: '2023-02-30' } }),
    );
    expect(result.entries.get('a.txt')).toEqual({ url: null, outlet: 'X', published: null });
    expect(result.warnings).toEqual([
      'entry "a.txt": published "2023-02-30" is an impossible date: ignored',
    ]);
  });

  it('ignores an entry that is not an object, with a warning', () => {
    const result = readSources(JSON.stringify({ 'a.txt': 'Global Times', 'b.txt': {} }));
    expect([...result.entries.keys()]).toEqual(['b.txt']);
    expect(result.warnings).toEqual(['entry "a.txt" is not an object: ignored']);
  });

  it('reports a malformed file with the JSON position', () => {
    const result = readSources('{\n  "a.txt": { "outlet": "X" }\n  "b.txt": {}\n}');
    expect(result.error).toMatch(/^invalid JSON at line 3, column 3/);
    expect(result.entries.size).toBe(0);
  });

  it('rejects an array', () => {
    expect(readSources('[]').error).toBe('expected an object keyed by file name');
  });
});
