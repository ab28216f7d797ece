import { describe, expect, it } from 'vitest';
import { analyseSentence } from './analyse-sentence.ts';
import { weekOffsetNear } from './week-phrase.ts';

function sentences(...texts: string[]) {
  return [analyseSentence('Robot fair', -1), ...texts.map((t, i) => analyseSentence(t, i))];
}

describe('weekOffsetNear', () => {
  it('reads "this week", "next week" and "last week" in the sentence', () => {
    expect(weekOffsetNear(sentences('The fair opens on Friday this week.'), [-1, 0], 1)).toBe(0);
    expect(weekOffsetNear(sentences('The fair opens next week, on Friday.'), [-1, 0], 1)).toBe(1);
    expect(weekOffsetNear(sentences("Last week's fair closed on Friday."), [-1, 0], 1)).toBe(-1);
  });

  it('reads the sentence before in the same paragraph only', () => {
    const s = sentences('Buyers head to the city this week.', 'The fair runs from Friday.');
    expect(weekOffsetNear(s, [-1, 0, 0], 2)).toBe(0);
    expect(weekOffsetNear(s, [-1, 0, 1], 2)).toBeNull();
  });

  it('gives nothing when two different weeks are named', () => {
    const s = sentences('It closed last week and reopens next week on Monday.');
    expect(weekOffsetNear(s, [-1, 0], 1)).toBeNull();
  });
});
