import { describe, expect, it } from 'vitest';
import { LONG_LIST, reportJson } from './report-json.ts';

describe('reportJson', () => {
  it('lays a report out as JSON.stringify with two spaces does', () => {
    const report = {
      input: 'seeds',
      totals: { files: 2, errors: 0 },
      files: [{ file: 'a.txt', events: [], warnings: [{ code: 'x', hint: undefined }] }, {}],
      overrides: { file: null, applied: [] },
    };
    expect(reportJson(report)).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('writes a long list one compact entry per line, and reads back the same', () => {
    const events = Array.from({ length: LONG_LIST + 1 }, (_, i) => ({ id: `ev-${String(i)}` }));
    const text = reportJson({ events });
    expect(text.split('\n')).toHaveLength(LONG_LIST + 6);
    expect(text).toContain('\n    {"id":"ev-0"},\n');
    expect(JSON.parse(text)).toEqual({ events });
  });
});
