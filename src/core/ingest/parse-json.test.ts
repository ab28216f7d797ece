import { describe, expect, it } from 'vitest';
import { parseJson } from './parse-json.ts';

describe('parseJson', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJson('{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('names line and column of a trailing comma', () => {
    const result = parseJson('[\n  {"id": "ev-1"},\n]');
    expect(result).toEqual({
      ok: false,
      error: 'invalid JSON at line 3, column 1 (offset 20): expected a JSON value, found "]"',
    });
  });

  it('names the position of a missing value', () => {
    expect(parseJson('{"a": }')).toMatchObject({
      ok: false,
      error: expect.stringContaining('line 1, column 7') as string,
    });
  });

  it('reports an unterminated string at the end of input', () => {
    expect(parseJson('{"a": "b')).toMatchObject({
      ok: false,
      error: expect.stringContaining('found end of input') as string,
    });
  });

  it('reports text after the value', () => {
    expect(parseJson('{} x')).toMatchObject({
      ok: false,
      error: expect.stringContaining('expected end of input') as string,
    });
  });

  it('reports an empty file', () => {
    expect(parseJson('')).toEqual({
      ok: false,
      error:
        'invalid JSON at line 1, column 1 (offset 0): expected a JSON value, found end of input',
    });
  });
});
