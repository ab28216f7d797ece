import { describe, expect, it } from 'vitest';
import { findDateMentions } from './date-mentions.ts';
import { resolveDate, type DateContext, type DayAnchor } from './resolve-date.ts';
import type { Tense } from './tense.ts';

function resolve(
  text: string,
  published: string | null,
  tense: Tense = 'past',
  fallbackYear: number | null = null,
  anchor: DayAnchor | null = null,
) {
  const [m] = findDateMentions(text);
  if (m === undefined) throw new Error(`no date in ${text}`);
  const ctx: DateContext = { published, tense, fallbackYear, anchor };
  return resolveDate(m, ctx);
}

describe('resolveDate', () => {
  it('keeps an explicit year', () => {
    expect(resolve('On 30 April 2022', null)).toMatchObject({
      start: '2022-04-30',
      precision: 'day',
      warnings: [],
    });
  });

  it('takes a missing year from the publication date, with a warning', () => {
    const r = resolve('on Aug 17', '2023-08-23');
    expect(r.start).toBe('2023-08-17');
    expect(r.warnings[0]).toMatch(/year inferred from publication date 2023-08-23/);
  });

  it('puts a past-tense date that would fall after publication into the previous year', () => {
    expect(resolve('opened on Dec 28', '2024-01-03', 'past').start).toBe('2023-12-28');
  });

  it('puts a future-tense date that would fall before publication into the next year', () => {
    expect(resolve('will open on Jan 9', '2023-12-20', 'future').start).toBe('2024-01-09');
  });

  it('chooses the nearer year when the tense is unknown', () => {
    expect(resolve('on Dec 30', '2024-01-02', 'unknown').start).toBe('2023-12-30');
  });

  it('falls back to the event year when there is no publication date', () => {
    const r = resolve('on Nov 15-17', null, 'past', 2023);
    expect([r.start, r.end]).toEqual(['2023-11-15', '2023-11-17']);
  });

  it('leaves a year-less date unknown when nothing gives the year', () => {
    expect(resolve('on Nov 15', null)).toMatchObject({ start: null, precision: 'unknown' });
  });

  it('resolves a past-tense weekday to the latest such day on or before publication', () => {
    expect(resolve('began on Wednesday', '2023-09-20', 'past').start).toBe('2023-09-20');
    expect(resolve('opened on Monday', '2023-09-20', 'past').start).toBe('2023-09-18');
  });

  it('resolves a future-tense weekday to the next such day on or after publication', () => {
    expect(resolve('will open on Friday', '2023-10-18', 'future').start).toBe('2023-10-20');
  });

  it('resolves a present-tense weekday to the nearest such day', () => {
    expect(resolve('opens on Friday', '2023-10-18', 'present').start).toBe('2023-10-20');
    expect(resolve('begins on Monday', '2023-10-18', 'present').start).toBe('2023-10-16');
  });

  it('warns that a weekday was resolved against the publication date', () => {
    expect(resolve('on Sunday', '2020-11-22').warnings[0]).toMatch(
      /"Sunday" resolved relative to publication date 2020-11-22/,
    );
  });

  it('resolves a past-tense weekday on or before a given anchor, naming it', () => {
    const anchor = { date: '2025-03-05', label: 'the dateline date' };
    const r = resolve('opened on Monday', '2025-03-14', 'past', null, anchor);
    expect(r.start).toBe('2025-03-03');
    expect(r.warnings[0]).toBe(
      '"Monday" resolved relative to 2025-03-05, the dateline date (past tense)',
    );
  });

  it('resolves a future-tense weekday on or after a given anchor', () => {
    const anchor = { date: '2025-03-05', label: 'the dateline date' };
    expect(resolve('will open on Monday', '2025-03-14', 'future', null, anchor).start).toBe(
      '2025-03-10',
    );
  });

  it('resolves "today" against a given anchor', () => {
    const anchor = { date: '2025-03-05', label: 'the dateline date' };
    expect(resolve('opens today', '2025-03-06', 'present', null, anchor).start).toBe('2025-03-05');
  });

  it('resolves a weekday of unknown tense to the nearest day around a named date', () => {
    const anchor = {
      date: '2024-02-26',
      label: 'a date named earlier in the paragraph',
      named: true,
    };
    expect(resolve('main sessions Tuesday', '2024-02-20', 'unknown', null, anchor).start).toBe(
      '2024-02-27',
    );
  });

  it('resolves a weekday inside the week the text names', () => {
    const ctx: DateContext = { published: '2023-08-28', tense: 'present', fallbackYear: null };
    const [m] = findDateMentions('The show runs from Friday.');
    if (m === undefined) throw new Error('no date');
    expect(resolveDate(m, { ...ctx, weekOffset: 0 })).toMatchObject({
      start: '2023-09-01',
      warnings: ['"Friday" resolved relative to publication date 2023-08-28 (this week)'],
    });
    expect(resolveDate(m, { ...ctx, weekOffset: -1 }).start).toBe('2023-08-25');
  });

  it('resolves a present-tense closing weekday forwards', () => {
    expect(resolve('runs until Wednesday', '2025-03-13', 'present').start).toBe('2025-03-19');
  });

  it('places "on the 15th" in the month of publication, with a warning', () => {
    const r = resolve('was held on the 15th.', '2024-06-16', 'past');
    expect(r.start).toBe('2024-06-15');
    expect(r.warnings[0]).toBe(
      'date gives only the day (15): month and year taken from publication date 2024-06-16',
    );
  });

  it('places a past "on the 28th" in the month before when publication is earlier in the month', () => {
    expect(resolve('was held on the 28th.', '2024-06-03', 'past').start).toBe('2024-05-28');
  });

  it('leaves a weekday unknown without a publication date', () => {
    expect(resolve('on Saturday', null)).toMatchObject({ start: null, precision: 'unknown' });
  });

  it('resolves "last Friday" to the Friday before publication even on a Friday', () => {
    expect(resolve('closed last Friday', '2023-10-20', 'past').start).toBe('2023-10-13');
  });

  it('gives month precision for "June this year"', () => {
    expect(resolve('held in June this year', '2022-09-05')).toMatchObject({
      start: '2022-06-01',
      end: null,
      precision: 'month',
    });
  });

  it('gives year precision for a bare year', () => {
    expect(resolve('will be held in 2025', '2024-03-01', 'future')).toMatchObject({
      start: '2025-01-01',
      precision: 'year',
    });
  });

  it('rejects an impossible date with a warning', () => {
    const r = resolve('on February 30, 2024', null);
    expect(r.start).toBeNull();
    expect(r.warnings[0]).toMatch(/impossible date "February 30, 2024"/);
  });

  it('resolves yesterday against publication', () => {
    expect(resolve('opened yesterday', '2024-03-01').start).toBe('2024-02-29');
  });

  it('rejects 29 February when the inferred year is not a leap year', () => {
    const r = resolve('on February 29', '2023-09-20');
    expect(r.start).toBeNull();
    expect(r.warnings[0]).toMatch(/impossible date "February 29" in 2023 ignored/);
  });

  it('keeps the start of a range whose end does not exist in the inferred year', () => {
    const r = resolve('from 26 to 29 February', '2023-09-20');
    expect([r.start, r.end]).toEqual(['2023-02-26', null]);
    expect(r.warnings).toContain('impossible end date in "26 to 29 February" in 2023 ignored');
  });
});
