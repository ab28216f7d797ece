import { describe, expect, it } from 'vitest';
import { nameKeys, normalizeName, splitTypeSuffix } from './normalize.ts';

describe('normalizeName', () => {
  it('drops diacritics and case', () => {
    expect(normalizeName('Jìādìng Qū')).toBe('jiading qu');
  });

  it("drops apostrophes so that Jing’an and Jing'an and Jingan meet", () => {
    expect(new Set(['Jing’an', "Jing'an", 'Jingan'].map(normalizeName))).toEqual(
      new Set(['jingan']),
    );
  });

  it('joins dotted initials into one word', () => {
    expect(normalizeName('Washington, D.C.')).toBe('washington dc');
  });

  it('keeps Chinese characters, so that Chinese names are keys', () => {
    expect(normalizeName('萧山区（杭州）')).toBe('萧山区 杭州');
  });

  it('turns punctuation runs into single spaces', () => {
    expect(normalizeName('  Hi-Tech   Park (SIP) ')).toBe('hi tech park sip');
  });
});

describe('splitTypeSuffix', () => {
  it('splits a district suffix and names the level', () => {
    expect(splitTypeSuffix('jiading district')).toEqual({ base: 'jiading', hint: ['district'] });
  });

  it('prefers the longest suffix', () => {
    expect(splitTypeSuffix('pudong new area').base).toBe('pudong');
  });

  it('leaves a bare suffix alone', () => {
    expect(splitTypeSuffix('district')).toEqual({ base: 'district', hint: null });
  });

  it('does not cut a suffix out of the middle of a word', () => {
    expect(splitTypeSuffix('hometown')).toEqual({ base: 'hometown', hint: null });
  });
});

describe('nameKeys', () => {
  it('gives the name with and without its leading designation and suffix', () => {
    expect(nameKeys('State of Berlin')).toEqual(['state of berlin', 'berlin']);
  });
});
