import { describe, expect, it } from 'vitest';
import { isIsoDate, parseDateValue } from './date-value.ts';

describe('parseDateValue', () => {
  it.each([
    ['2023-09-20', '2023-09-20'],
    ['2023-09-20T10:00:00+08:00', '2023-09-20'],
    ['2023/9/2', '2023-09-02'],
    ['2023年9月20日', '2023-09-20'],
    ['Nov 22, 2020 07:43 PM', '2020-11-22'],
    ['Sun, 20 Sep 2023 10:00:00 GMT', '2023-09-20'],
    ['30 April 2022', '2022-04-30'],
  ])('reads %s as %s', (value, expected) => {
    expect(parseDateValue(value)).toEqual({ date: expected, error: null });
  });

  it('calls February 30 impossible, in ISO form', () => {
    expect(parseDateValue('2023-02-30').error).toBe('"2023-02-30" is an impossible date');
  });

  it('calls February 30 impossible, in words', () => {
    expect(parseDateValue('February 30, 2023').error).toBe(
      '"February 30, 2023" is an impossible date',
    );
  });

  it('accepts February 29 of a leap year only', () => {
    expect(parseDateValue('2024-02-29').date).toBe('2024-02-29');
    expect(parseDateValue('2023-02-29').date).toBeNull();
  });

  it('rejects text that is not a date', () => {
    expect(parseDateValue('last week').error).toBe('"last week" is not a recognisable date');
  });
});

describe('isIsoDate', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect([isIsoDate('2023-09-20'), isIsoDate('2023-13-01'), isIsoDate('2023-9-20')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
