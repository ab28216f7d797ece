import { describe, expect, it } from 'vitest';
import { parsePhrase, qualifierKeys } from './place-phrase.ts';

function spanKeys(text: string): string[] {
  return parsePhrase(text).spans.map((span) => span.key);
}

describe('parsePhrase', () => {
  it('cuts at a possessive, so no name spans "China’s Zhejiang"', () => {
    const keys = spanKeys("East China's Zhejiang Province");
    expect(keys).toContain('zhejiang province');
    expect(keys.some((key) => key.includes('china zhejiang'))).toBe(false);
  });

  it('cuts at commas and brackets', () => {
    expect(
      parsePhrase('National Exhibition and Convention Center (Shanghai), China').segments,
    ).toHaveLength(3);
  });

  it('keeps glue words inside a name but never at its edges', () => {
    const keys = spanKeys('the Open University of China');
    expect(keys).toContain('open university of china');
    expect(keys.some((key) => key.startsWith('the ') || key.endsWith(' of'))).toBe(false);
  });

  it('starts names only at capitalised words in a mixed-case phrase', () => {
    expect(spanKeys('a town in Zhejiang')).toEqual(['zhejiang']);
  });

  it('treats every word as a possible start in an all-capitals phrase', () => {
    expect(spanKeys('JIADING DISTRICT')).toContain('jiading');
  });

  it('lists no span made of type and venue words only', () => {
    expect(spanKeys('Convention Center, New Area')).toEqual([]);
  });

  it('skips a lone common word that is also a small town', () => {
    expect(spanKeys('Industry Alliance')).not.toContain('industry');
  });
});

describe('qualifierKeys', () => {
  it('gives each qualifying name with and without its suffix', () => {
    expect(qualifierKeys(['Jiading District', 'the Shanghai'])).toEqual([
      'jiading district',
      'jiading',
      'shanghai',
    ]);
  });

  it('splits possessive qualifiers into their names', () => {
    expect(qualifierKeys(["East China's Zhejiang Province"])).toContain('zhejiang');
  });
});
