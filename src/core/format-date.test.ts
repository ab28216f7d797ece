import { describe, expect, it } from 'vitest';
import { dateSortKey, formatEventDate } from './format-date.ts';

describe('formatEventDate', () => {
  it('shows a day-precision date as day, month and year', () => {
    expect(formatEventDate('2022-04-30', null, 'day')).toBe('30 Apr 2022');
  });

  it('shows a month-precision date without its placeholder day', () => {
    expect(formatEventDate('2022-06-01', null, 'month')).toBe('Jun 2022');
  });

  it('shows a year-precision date as the year alone', () => {
    expect(formatEventDate('2022-01-01', null, 'year')).toBe('2022');
  });

  it('shows an unknown precision as undated even when a start is present', () => {
    expect(formatEventDate('2022-01-01', null, 'unknown')).toBe('Undated');
  });

  it('shows a missing start as undated', () => {
    expect(formatEventDate(null, null, 'day')).toBe('Undated');
  });

  it('collapses a range within one month', () => {
    expect(formatEventDate('2023-09-20', '2023-09-22', 'day')).toBe('20\u201322 Sep 2023');
  });

  it('keeps both months of a range within one year', () => {
    expect(formatEventDate('2022-04-30', '2022-05-02', 'day')).toBe('30 Apr \u2013 2 May 2022');
  });

  it('keeps both years of a range across new year', () => {
    expect(formatEventDate('2022-12-30', '2023-01-02', 'day')).toBe(
      '30 Dec 2022 \u2013 2 Jan 2023',
    );
  });

  it('shows a single day when the end equals the start', () => {
    expect(formatEventDate('2023-09-20', '2023-09-20', 'day')).toBe('20 Sep 2023');
  });

  it('shows a month range', () => {
    expect(formatEventDate('2022-06-01', '2022-07-01', 'month')).toBe('Jun\u2013Jul 2022');
  });

  it('shows a year range', () => {
    expect(formatEventDate('2022-01-01', '2023-01-01', 'year')).toBe('2022\u20132023');
  });

  it('treats malformed text as undated', () => {
    expect(formatEventDate('soon', null, 'day')).toBe('Undated');
  });

  it('does not shift the first of a month in a time zone west of UTC', () => {
    expect(formatEventDate('2024-01-01', null, 'day')).toBe('1 Jan 2024');
  });
});

describe('dateSortKey', () => {
  it('orders dates as integers', () => {
    const a = dateSortKey('2022-04-30', 'day') ?? 0;
    const b = dateSortKey('2022-05-01', 'day') ?? 0;
    expect(a).toBe(20220430);
    expect(a).toBeLessThan(b);
  });

  it('has no key for an undated event', () => {
    expect(dateSortKey('2022-01-01', 'unknown')).toBeNull();
    expect(dateSortKey(null, 'day')).toBeNull();
  });
});
