import { describe, expect, it } from 'vitest';
import { findDateMentions, findDurations } from './date-mentions.ts';

function only(sentence: string) {
  const found = findDateMentions(sentence);
  expect(found).toHaveLength(1);
  const [m] = found;
  if (m === undefined) throw new Error('no mention');
  return m;
}

describe('findDateMentions', () => {
  it('reads day-first dates with a year', () => {
    expect(only('On 30 April 2022, the first session was held.').start).toEqual({
      year: 2022,
      month: 4,
      day: 30,
    });
  });

  it('reads abbreviated month-first dates without a year', () => {
    const m = only('The conference kicked off on Aug 17.');
    expect(m.start).toEqual({ year: null, month: 8, day: 17 });
    expect(m.end).toBeNull();
  });

  it('reads "the afternoon of September 2" as September 2', () => {
    expect(only('On the afternoon of September 2, the forum was held.').start).toEqual({
      year: null,
      month: 9,
      day: 2,
    });
  });

  it('reads a day range within a month', () => {
    const m = only('The event runs September 20-22 in Shanghai.');
    expect(m.start).toEqual({ year: null, month: 9, day: 20 });
    expect(m.end).toEqual({ year: null, month: 9, day: 22 });
  });

  it('reads "from May 26 to 29"', () => {
    const m = only('It will be held from May 26 to 29.');
    expect([m.start?.day, m.end?.day, m.end?.month]).toEqual([26, 29, 5]);
  });

  it('reads a range across months', () => {
    const m = only('The expo runs May 30 - June 2 in Wuhan.');
    expect(m.start).toEqual({ year: null, month: 5, day: 30 });
    expect(m.end).toEqual({ year: null, month: 6, day: 2 });
  });

  it('gives a trailing year to both ends of a range', () => {
    const m = only('The expo will be held Nov. 5-10, 2024 in Shanghai.');
    expect(m.start).toEqual({ year: 2024, month: 11, day: 5 });
    expect(m.end).toEqual({ year: 2024, month: 11, day: 10 });
  });

  it('reads day-first ranges with an en dash', () => {
    const m = only('The summit takes place 5–7 March 2025.');
    expect(m.start).toEqual({ year: 2025, month: 3, day: 5 });
    expect(m.end).toEqual({ year: 2025, month: 3, day: 7 });
  });

  it('reads day-first ranges across months', () => {
    const m = only('It runs from 30 May to 2 June 2024.');
    expect(m.start).toEqual({ year: 2024, month: 5, day: 30 });
    expect(m.end).toEqual({ year: 2024, month: 6, day: 2 });
  });

  it('moves the start of a range into the previous year when it crosses New Year', () => {
    const m = only('The festival runs Dec 30 - Jan 2, 2024.');
    expect(m.start).toEqual({ year: 2023, month: 12, day: 30 });
    expect(m.end).toEqual({ year: 2024, month: 1, day: 2 });
  });

  it('reads ISO and slashed numeric dates', () => {
    expect(only('announced on 2023-08-17.').start).toEqual({ year: 2023, month: 8, day: 17 });
    expect(only('Posted on 2024/03/05').start).toEqual({ year: 2024, month: 3, day: 5 });
  });

  it('reads a month with "this year" as month precision relative to publication', () => {
    const m = only('At the conference held in June this year, a park was named.');
    expect(m.start).toEqual({ year: null, month: 6, day: null });
    expect(m.yearRelative).toBe(0);
  });

  it('reads "in May 2023" as a month', () => {
    expect(only('It was held in May 2023.').start).toEqual({ year: 2023, month: 5, day: null });
  });

  it('does not read the verb "may" or the word "Mayors" as May', () => {
    expect(findDateMentions('Some 30 may attend; Over 30 Mayors came.')).toEqual([]);
  });

  it('reads a weekday', () => {
    const m = only('The conference began on Wednesday.');
    expect(m.weekday).toBe(3);
    expect(m.start).toBeNull();
  });

  it('reads "last Friday" with its modifier', () => {
    expect(only('It closed last Friday.').weekdayModifier).toBe('last');
  });

  it('drops a weekday glossed by its calendar date', () => {
    const m = only('The fair opened on Friday (Sept. 1) in Berlin.');
    expect(m.start).toEqual({ year: null, month: 9, day: 1 });
  });

  it('flags an impossible date instead of rolling it over', () => {
    const m = only('It will be held on February 30, 2024.');
    expect(m.invalid).toBe(true);
  });

  it('reads yesterday and tomorrow as offsets', () => {
    expect(only('The forum opened yesterday.').dayOffset).toBe(-1);
    expect(only('The forum opens tomorrow.').dayOffset).toBe(1);
  });

  it('reads a dd.mm.yyyy date day first', () => {
    expect(only('The fair will be held on 14.03.2019 in the city.').start).toEqual({
      year: 2019,
      month: 3,
      day: 14,
    });
  });

  it('reads a slashed date only when one reading is possible', () => {
    expect(only('Posted 03/14/2019').start).toEqual({ year: 2019, month: 3, day: 14 });
    expect(only('Posted 14/03/2019').start).toEqual({ year: 2019, month: 3, day: 14 });
    expect(findDateMentions('Posted 03/04/2019')).toEqual([]);
  });

  it('reads a dd.mm.yyyy range', () => {
    const m = only('It runs from 14.03.2019 to 16.03.2019.');
    expect([m.start?.day, m.end?.day, m.end?.month]).toEqual([14, 16, 3]);
  });

  it('reads "14.-16.05.2025" and "14-16.05.2025" as ranges', () => {
    for (const text of ['It runs 14.-16.05.2025 here.', 'It runs 14-16.05.2025 here.']) {
      const m = only(text);
      expect([m.start, m.end]).toEqual([
        { year: 2025, month: 5, day: 14 },
        { year: 2025, month: 5, day: 16 },
      ]);
    }
  });

  it('drops "today" and "tomorrow" glossed by their calendar date', () => {
    expect(only('The forum opens today (31 May) in the city.').start).toEqual({
      year: null,
      month: 5,
      day: 31,
    });
    expect(only('The expo will open tomorrow (Mar. 23).').start?.day).toBe(23);
  });

  it('marks "until Wednesday" and "up to and including Friday" as closing days', () => {
    expect(only('The fair runs until Wednesday.').closing).toBe(true);
    expect(only('The fair runs up to and including Friday.').closing).toBe(true);
    expect(only('The fair opened on Friday.').closing).toBeUndefined();
  });

  it('marks the date of "through Thursday, Feb. 29" as closing', () => {
    expect(only('It continues through Thursday, Feb. 29.').closing).toBe(true);
  });

  it('reads weekday-glossed day ranges', () => {
    const a = only('It runs from Thursday 24 to Saturday 26 November.');
    expect([a.start?.day, a.end?.day, a.end?.month]).toEqual([24, 26, 11]);
    const b = only('It runs on Friday 6 October and Saturday 7 October 2023.');
    expect([b.start, b.end]).toEqual([
      { year: 2023, month: 10, day: 6 },
      { year: 2023, month: 10, day: 7 },
    ]);
    const c = only('It runs from Wednesday 29 November to Friday 1 December.');
    expect([c.start?.day, c.end?.day, c.end?.month]).toEqual([29, 1, 12]);
  });

  it('marks the second weekday of "on Thursday and Friday" as closing', () => {
    const [, second] = findDateMentions('The forum meets on Thursday and Friday.');
    expect(second?.closing).toBe(true);
  });

  it('marks the second weekday of "Thursday-Saturday" as closing', () => {
    const [first, second] = findDateMentions('The fair runs Thursday-Saturday.');
    expect([first?.closing, second?.closing]).toEqual([undefined, true]);
  });

  it('reads "this morning" as today', () => {
    expect(only('The summit opened this morning in the city.').dayOffset).toBe(0);
  });

  it('reads "October 28 and 29" as a range, but not two dates of different months', () => {
    const m = only('The contest will be held on October 28 and 29.');
    expect([m.start?.day, m.end?.day, m.end?.month]).toEqual([28, 29, 10]);
    expect(findDateMentions('It met on May 3 and June 5.')).toHaveLength(2);
  });

  it('reads "on the 15th" as a day of an unnamed month, but not "on the 15th floor"', () => {
    expect(only('The forum was held in the new area on the 15th.').start).toEqual({
      year: null,
      month: null,
      day: 15,
    });
    expect(findDateMentions('The office is on the 15th floor.')).toEqual([]);
  });

  it('drops founding years', () => {
    expect(findDateMentions('The fair, founded in 2015, opened.')).toEqual([]);
    expect(findDateMentions('The fair, first held in 2009, opened.')).toEqual([]);
  });

  it('returns nothing for a sentence without dates', () => {
    expect(findDateMentions('More than 110 experts attended the forum.')).toEqual([]);
  });
});

describe('findDurations', () => {
  it('reads "two-day event" and "three-day conference"', () => {
    expect(
      findDurations('The two-day event and the three-day conference').map((d) => d.days),
    ).toEqual([2, 3]);
  });

  it('reads "will last five days" and "week-long"', () => {
    expect(findDurations('It will last five days.').map((d) => d.days)).toEqual([5]);
    expect(findDurations('The week-long festival').map((d) => d.days)).toEqual([7]);
  });

  it('reads "after five days" only after a closing verb', () => {
    expect(
      findDurations('The show wrapped up on Friday after five days.').map((d) => d.days),
    ).toEqual([5]);
    expect(findDurations('The results came after five days of review.')).toEqual([]);
  });
});
