import { describe, expect, it } from 'vitest';
import { nameSimilarity, nameTokens } from './event-name.ts';

describe('nameTokens', () => {
  it('drops years, ordinals, "the" and punctuation', () => {
    expect(nameTokens('The 2nd World Internet Conference (2020)')).toEqual([
      'world',
      'internet',
      'conference',
    ]);
    expect(nameTokens('the second World Metaverse Conference')).toEqual(
      nameTokens('World Metaverse Conference'),
    );
  });

  it('folds accents and possessives', () => {
    expect(nameTokens("VivaTech's Café Forum")).toEqual(['vivatech', 'cafe', 'forum']);
  });

  it('splits Chinese names into character pairs without the edition', () => {
    expect(nameTokens('第六届世界智能大会')).toEqual(['世界', '界智', '智能', '能大', '大会']);
  });
});

describe('nameSimilarity', () => {
  const sim = (a: string, b: string): number => nameSimilarity(nameTokens(a), nameTokens(b));

  it('is 1 for the same name written with a year and an article', () => {
    expect(sim('2023 World Metaverse Conference', 'the World Metaverse Conference')).toBe(1);
  });

  it('stays high when one name adds a generic word', () => {
    expect(sim('Global Digital Economy Summit', 'Digital Economy Summit')).toBeGreaterThan(0.8);
  });

  it('stays low when only generic words are shared', () => {
    expect(sim('World AI Conference', 'World Blockchain Conference')).toBeLessThan(0.5);
  });

  it('is 0 for names with nothing in common', () => {
    expect(sim('Canton Fair', 'Web Summit')).toBe(0);
  });
});
