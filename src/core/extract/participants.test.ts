import { describe, expect, it } from 'vitest';
import { findParticipantCounts, pickParticipants } from './participants.ts';

describe('findParticipantCounts', () => {
  it('reads "more than 110 experts"', () => {
    expect(
      findParticipantCounts('It brings together more than 110 experts and academics.'),
    ).toEqual([{ count: 110, text: 'more than 110 experts', people: true }]);
  });

  it('reads adjectives between number and noun: "over 100 young people"', () => {
    expect(
      findParticipantCounts('They connected with over 100 young people online.')[0]?.count,
    ).toBe(100);
  });

  it('reads thousands separators and "million"', () => {
    expect(
      findParticipantCounts('The show drew 1.2 million visitors and 130,000 attendees.').map(
        (c) => c.count,
      ),
    ).toEqual([1_200_000, 130_000]);
  });

  it('ignores companies that only exhibit', () => {
    expect(findParticipantCounts('Products from more than 100 companies are displayed.')).toEqual(
      [],
    );
  });

  it('counts organisations that take part', () => {
    expect(findParticipantCounts('More than 2,000 exhibitors are taking part.')[0]).toMatchObject({
      count: 2000,
      people: false,
    });
  });

  it('ignores money and percentages', () => {
    expect(
      findParticipantCounts('Deals worth $100 million, up 18 percent, were signed by 2025.'),
    ).toEqual([]);
  });
});

describe('pickParticipants', () => {
  it('prefers people over organisations, then the largest count', () => {
    const counts = [
      { count: 3000, text: '3,000 exhibitors', people: false },
      { count: 800, text: '800 guests', people: true },
      { count: 1000, text: '1,000 visitors', people: true },
    ];
    expect(pickParticipants(counts)?.count).toBe(1000);
  });

  it('falls back to organisations when no people are counted', () => {
    expect(
      pickParticipants([{ count: 2000, text: '2,000 exhibitors', people: false }])?.count,
    ).toBe(2000);
  });
});

describe('findParticipantCounts on numbers no audience has', () => {
  it('ignores "more than 99999999999999999999999 experts"', () => {
    expect(findParticipantCounts('More than 99999999999999999999999 experts attended.')).toEqual(
      [],
    );
  });
});
