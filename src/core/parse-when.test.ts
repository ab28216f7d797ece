import { describe, expect, test } from 'vitest';
import { parseWhen } from './parse-when.ts';

describe('parseWhen', () => {
  test.each([
    ['2023-09-20', '2023-09-20', 'day', 'date'],
    ['2023-09-20T10:00:00Z', '2023-09-20', 'day', 'date-time'],
    ['2023-09-20 10:00', '2023-09-20', 'day', 'date-time'],
    ['2023-09', '2023-09-01', 'month', 'month'],
    ['2023', '2023-01-01', 'year', 'year'],
    [2023, '2023-01-01', 'year', 'year'],
    [1695204000000, '2023-09-20', 'day', 'epoch ms'],
    [1695204000, '2023-09-20', 'day', 'epoch s'],
    ['1695204000000', '2023-09-20', 'day', 'epoch ms'],
  ] as const)('reads %s', (value, date, precision, kind) => {
    expect(parseWhen(value)).toEqual({ date, precision, kind });
  });

  test.each(['2023-02-30', '2023-13-45', '2023-00-10'])('refuses %s, not a calendar date', (v) => {
    expect(parseWhen(v)).toEqual({ error: `"${v}" is not a calendar date` });
  });

  test('says what a value that is no date is', () => {
    expect(parseWhen('next spring')).toEqual({ error: '"next spring" is not a date' });
    expect(parseWhen(20230920)).toEqual({ error: '20230920 is not a date' });
    expect(parseWhen({ a: 1 })).toEqual({ error: 'expected a date, got an object' });
  });

  test('an empty value is no date and no error', () => {
    expect(parseWhen('')).toBeNull();
    expect(parseWhen(null)).toBeNull();
  });
});
