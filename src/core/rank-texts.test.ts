import { describe, expect, it } from 'vitest';
import { rankTexts } from './rank-texts.ts';

describe('rankTexts', () => {
  it('ranks texts in collation order: case and accents aside, numbers by value', () => {
    const texts = ['Forum 10', 'expo', 'Forum 9', 'Émergence', 'zhongguancun', 'Beijing'];

    const { ranks, end } = rankTexts(texts);

    expect([...ranks]).toEqual([4, 2, 3, 1, 5, 0]);
    expect(end).toBe(6);
  });

  it('gives texts the collator holds equal one rank, and counts from `first`', () => {
    const { ranks, end } = rankTexts(['forum', 'Expo', 'FORUM', 'Forum'], 10);

    expect([...ranks]).toEqual([11, 10, 11, 11]);
    expect(end).toBe(12);
  });

  it('ranks nothing for no texts', () => {
    expect(rankTexts([], 3)).toEqual({ ranks: new Uint32Array(0), end: 3 });
  });
});
