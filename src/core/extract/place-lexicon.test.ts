import { describe, expect, it } from 'vitest';
import { lookupPlace } from './place-lexicon.ts';

describe('lookupPlace', () => {
  it('knows a big city of any country, not only the hand-listed ones', () => {
    expect(lookupPlace('Utrecht')).toMatchObject({ level: 'city', country: 'NL' });
  });

  it('reads a name with or without its accents', () => {
    expect(lookupPlace('Medellín')?.country).toBe('CO');
    expect(lookupPlace('Medellin')?.country).toBe('CO');
  });

  it('keeps the hand-listed level where a name is in both', () => {
    expect(lookupPlace('Zhejiang')?.level).toBe('province');
  });
});
