import { describe, expect, it } from 'vitest';
import { readPublished, topDateLine } from './published-date.ts';

describe('readPublished', () => {
  it('reads a written-out date with a year', () => {
    expect(readPublished('March 14, 2019', 'Robot fair opens').published).toBe('2019-03-14');
  });

  it('reads a dd.mm.yyyy date', () => {
    expect(readPublished('14.03.2019', 'Robot fair opens').published).toBe('2019-03-14');
  });

  it('takes a missing year from the headline, saying so', () => {
    const r = readPublished('March 14', 'Robot Fair 2019 opens');
    expect(r.published).toBe('2019-03-14');
    expect(r.warning).toMatch(/year taken from the headline/);
  });

  it('does not take a founding year from the headline', () => {
    expect(readPublished('March 14', 'Robot fair, founded in 1999, opens').published).toBeNull();
  });

  it('ignores what is not a date, with a warning', () => {
    const r = readPublished('yesterday', 'Robot Fair 2019 opens');
    expect(r.published).toBeNull();
    expect(r.warning).toBe('publication date "yesterday" is not a valid ISO date: ignored');
  });
});

describe('topDateLine', () => {
  it('completes a labelled date line without a year with the headline year', () => {
    const r = topDateLine(
      'Robot Fair 2019 opens\nPublished: Thursday, March 14\n\nBody.',
      'Robot Fair 2019 opens',
    );
    expect(r?.published).toBe('2019-03-14');
  });

  it('reads a bare date line', () => {
    expect(topDateLine('March 14\nRobot Fair 2019 opens', 'Robot Fair 2019 opens')?.published).toBe(
      '2019-03-14',
    );
  });

  it('ignores a date inside a sentence', () => {
    expect(topDateLine('The fair opened on March 14 in the city.', 'Robot Fair 2019')).toBeNull();
  });

  it('gives nothing without a headline year', () => {
    expect(topDateLine('Published: March 14', 'Robot fair opens')).toBeNull();
  });

  it('reads a full date line with a reading time after it', () => {
    const r = topDateLine(
      '# Robot fair\n\n*12.06.2023 · 6 min read*\n\nOn Saturday I went.',
      'Robot fair',
    );
    expect(r?.published).toBe('2023-06-12');
    expect(r?.warning).toBe('publication date 2023-06-12 read from the date line');
  });

  it('does not read a sentence starting with a date as a date line', () => {
    expect(
      topDateLine('12 June 2023 was the day the fair opened in the city.', 'Robot fair'),
    ).toBeNull();
  });
});
