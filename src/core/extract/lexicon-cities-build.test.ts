import { describe, expect, it } from 'vitest';
import { lexiconCities } from './lexicon-cities-build.ts';

const row = (name: string, cls: string, country: string, people: number) =>
  ['1', name, name, '', '0', '0', cls, 'PPL', country, '', '', '', '', '', String(people)].join(
    '\t',
  );

describe('lexiconCities', () => {
  it('keeps populated places of 200,000 people or more, most populous first', () => {
    const tsv = [
      row('Utrecht', 'P', 'NL', 290_000),
      row('Leiden', 'P', 'NL', 120_000),
      row('Córdoba', 'P', 'AR', 1_400_000),
      row('Andes', 'T', 'AR', 900_000),
    ].join('\n');
    expect(lexiconCities(tsv).cities).toEqual([
      ['Córdoba', 'AR'],
      ['Utrecht', 'NL'],
    ]);
  });

  it('lists a name once per country', () => {
    const tsv = [row('Córdoba', 'P', 'ES', 320_000), row('Córdoba', 'P', 'ES', 310_000)].join('\n');
    expect(lexiconCities(tsv).cities).toEqual([['Córdoba', 'ES']]);
  });
});
