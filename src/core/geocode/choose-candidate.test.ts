import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../scripts/load-gazetteer.ts';
import { chooseCandidate, type Evidence } from './choose-candidate.ts';
import type { PlaceKind } from './gazetteer.ts';

const gazetteer = await loadGazetteer();

function choose(
  key: string,
  {
    qualifiers = [],
    hint = null,
    text = '',
  }: { qualifiers?: string[]; hint?: PlaceKind[] | null; text?: string },
) {
  const evidence: Evidence = {
    qualifiers,
    hint,
    mentioned: (key) => ` ${text} `.includes(` ${key} `),
  };
  return chooseCandidate(gazetteer.byName.get(key) ?? [], evidence, gazetteer);
}

describe('chooseCandidate', () => {
  it('takes the only place of a name as unique', () => {
    expect(choose('wuzhen', {})).toMatchObject({
      basis: 'unique',
      row: { id: 'geonames:1790848' },
    });
  });

  it('lets a parent named in the phrase outrank population', () => {
    const choice = choose('barcelona', { qualifiers: ['venezuela'] });
    expect(choice).toMatchObject({ basis: 'phrase', confirmed: true, row: { country: 'VE' } });
  });

  it('lets a type suffix pick the province over the city', () => {
    expect(choose('jilin', { hint: ['province'] })).toMatchObject({
      basis: 'suffix',
      row: { kind: 'province' },
    });
  });

  it('reads parents named elsewhere in the article', () => {
    const choice = choose('jiading', { text: 'metaverse conference in shanghai' });
    expect(choice).toMatchObject({ basis: 'article', row: { province: 'Shanghai' } });
  });

  it('takes a country over villages a thousand times smaller before reading the article', () => {
    const choice = choose('china', { text: 'delegates from japan and mexico' });
    expect(choice).toMatchObject({ basis: 'overwhelming', row: { id: 'iso3166:CN' } });
  });

  it('breaks a remaining tie by a population ten times the next', () => {
    expect(choose('las vegas', {})).toMatchObject({
      basis: 'population',
      row: { province: 'Nevada' },
    });
  });

  it('reports a name it cannot decide with every rival', () => {
    const choice = choose('putuo', {});
    expect(choice.basis).toBe('ambiguous');
    expect(choice.rivals.map((row) => row.city).sort()).toEqual(['Shanghai', 'Zhoushan']);
  });
});
