import { describe, expect, it } from 'vitest';
import { readJsonArticles, readJsonlArticles } from './json-articles.ts';

describe('readJsonArticles', () => {
  it('reads one article object', () => {
    const json = JSON.stringify({
      title: 'Mobile World Congress opens',
      text: 'MWC opened in Barcelona on Monday.',
      published: '2024-02-26',
      url: 'https://example.com/mwc',
      outlet: 'Example Wire',
      note: 'extra fields are ignored',
    });
    expect(readJsonArticles('mwc.json', json)).toEqual({
      records: [
        {
          ref: 'mwc.json',
          title: 'Mobile World Congress opens',
          text: 'MWC opened in Barcelona on Monday.',
          published: '2024-02-26',
          url: 'https://example.com/mwc',
          outlet: 'Example Wire',
        },
      ],
      errors: [],
      fileError: null,
    });
  });

  it('reads an array, numbering records from 1, and keeps good records beside a bad one', () => {
    const json = JSON.stringify([
      { title: 'A', text: 'First.' },
      { title: 'B' },
      { text: 'Third.' },
    ]);
    const result = readJsonArticles('batch.json', json);
    expect(result.records.map((r) => r.ref)).toEqual(['batch.json#1', 'batch.json#3']);
    expect(result.errors).toEqual([
      { ref: 'batch.json#2', error: 'no "text" string: nothing to read' },
    ]);
  });

  it('rejects a field of the wrong type', () => {
    const result = readJsonArticles('x.json', '{"text": "Body.", "published": 20230920}');
    expect(result.fileError).toBe('"published" must be a string or null');
  });

  it('reports malformed JSON with its position', () => {
    expect(readJsonArticles('x.json', '{"text": "a",}').fileError).toMatch(
      /^invalid JSON at line 1, column 14/,
    );
  });

  it('rejects a top-level value that is not an object or array', () => {
    expect(readJsonArticles('x.json', '"just text"').fileError).toBe(
      'expected an article object or an array of them',
    );
  });
});

describe('readJsonlArticles', () => {
  it('reads one record per line, names records by line, and reports a bad line alone', () => {
    const jsonl = [
      '{"title": "Expo", "text": "The expo opened in Chengdu."}',
      '',
      '{"title": "Broken", "text": ',
      '{"title": "Forum", "text": "The forum met in Xi\'an.", "outlet": "Daily"}',
    ].join('\n');
    const result = readJsonlArticles('feed.jsonl', jsonl);
    expect(result.records.map((r) => [r.ref, r.title])).toEqual([
      ['feed.jsonl#1', 'Expo'],
      ['feed.jsonl#4', 'Forum'],
    ]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.ref).toBe('feed.jsonl#3');
    expect(result.errors[0]?.error).toMatch(
      /^invalid JSON at column 29 \(offset 28\): expected a JSON value, found end of input/,
    );
  });

  it('says so when a file has no JSON line at all', () => {
    expect(readJsonlArticles('empty.jsonl', '\n\n').fileError).toBe('no JSON lines found');
  });
});
