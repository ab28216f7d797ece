import { describe, expect, it } from 'vitest';
import { eventYearIn, isFoundingDate } from './founding-years.ts';

function founding(sentence: string, written: string, precision: 'day' | 'month' | 'year') {
  return isFoundingDate(sentence, sentence.indexOf(written), precision);
}

describe('isFoundingDate', () => {
  it('reads "founded in 2015" and "first held in 2009" as founding years', () => {
    expect(founding('The fair, founded in 2015, opened.', '2015', 'year')).toBe(true);
    expect(founding('The fair, first held in 2009, opened.', '2009', 'year')).toBe(true);
  });

  it('reads "since 1981" and "since its inception in 1999" as founding years', () => {
    expect(founding('It has been held every year since 1981.', '1981', 'year')).toBe(true);
    expect(founding('It has grown since its inception in 1999.', '1999', 'year')).toBe(true);
  });

  it('reads "launched in 2015" as a founding year but not "launched on May 3, 2025"', () => {
    expect(founding('The show, launched in 2015, opened.', '2015', 'year')).toBe(true);
    expect(founding('The show launched on May 3, 2025.', 'May 3, 2025', 'day')).toBe(false);
  });

  it('does not read "open since March 3, 2025" as a founding date', () => {
    expect(founding('The fair, open since March 3, 2025, closes.', 'March 3', 'day')).toBe(false);
  });

  it('reads the year an anniversary counts from, but not the year it is marked in', () => {
    const s = 'It marks the 30th anniversary of the first fair in 1994.';
    expect(founding(s, '1994', 'year')).toBe(true);
    expect(founding('It marks its 10th anniversary in 2025.', '2025', 'year')).toBe(false);
  });

  it('does not read an ordinary year as a founding year', () => {
    expect(founding('The fair will be held in 2025.', '2025', 'year')).toBe(false);
  });
});

describe('eventYearIn', () => {
  it('skips a founding year for the next year in the text', () => {
    expect(eventYearIn('First held in 2009, the 2019 fair opened.')).toBe(2019);
    expect(eventYearIn('The fair, founded in 2015, opened.')).toBeNull();
  });
});
