import { describe, expect, it } from 'vitest';
import type { GazetteerRow } from './gazetteer.ts';
import { postalPlaceRows } from './postal-places.ts';

const line = (zip: string, name: string, state: string, county: string, lat: number, lon: number) =>
  ['US', zip, name, state, 'XX', county, '001', '', '', String(lat), String(lon), '4'].join('\t');

function createKnown(): GazetteerRow[] {
  return [
    {
      id: 'geonames:1',
      name: 'Norfolk',
      aliases: [],
      altNames: [],
      kind: 'city',
      kindGuessed: false,
      lat: 42.03,
      lon: -97.42,
      country: 'US',
      province: 'Nebraska',
      city: 'Norfolk',
      district: null,
      town: null,
      contextNames: [],
      population: 24_000,
    },
  ];
}

describe('postalPlaceRows', () => {
  it('makes one obscure town per name and state, at the mean of its codes', () => {
    const tsv = [
      line('68752', 'Meadow Grove', 'Nebraska', 'Madison', 42.0, -97.7),
      line('68753', 'Meadow Grove', 'Nebraska', 'Madison', 42.1, -97.8),
    ].join('\n');
    const [row, ...rest] = postalPlaceRows(tsv, 'US.txt', createKnown());
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      name: 'Meadow Grove',
      province: 'Nebraska',
      country: 'US',
      kind: 'town',
      obscure: true,
      population: null,
      contextNames: ['Madison County'],
      lat: 42.05,
      lon: -97.75,
    });
  });

  it('leaves out a post office of a place the gazetteer already has nearby', () => {
    const tsv = line('68701', 'Norfolk', 'Nebraska', 'Madison', 42.05, -97.43);
    expect(postalPlaceRows(tsv, 'US.txt', createKnown())).toEqual([]);
  });

  it('keeps a namesake far from the known place', () => {
    const tsv = line('06058', 'Norfolk', 'Connecticut', 'Litchfield', 41.99, -73.2);
    expect(postalPlaceRows(tsv, 'US.txt', createKnown()).map((r) => r.province)).toEqual([
      'Connecticut',
    ]);
  });

  it('names Louisiana’s counties parishes', () => {
    const tsv = line('70760', 'New Roads', 'Louisiana', 'Pointe Coupee', 30.7, -91.44);
    expect(postalPlaceRows(tsv, 'US.txt', [])[0]?.contextNames).toEqual(['Pointe Coupee Parish']);
  });

  it('skips military post offices, which have no state', () => {
    const tsv = ['US', '09001', 'APO AA', '', '', '', '', '', '', '38.1', '15.6', ''].join('\t');
    expect(postalPlaceRows(tsv, 'US.txt', [])).toEqual([]);
  });

  it('names the file and line of a row without coordinates', () => {
    const tsv = `${line('1', 'A', 'Ohio', 'B', 1, 1)}\n${line('2', 'C', 'Ohio', 'D', 1, 1).replace(/\t1\t1\t4$/, '\tx\ty\t4')}`;
    expect(() => postalPlaceRows(tsv, 'US.txt', [])).toThrow('US.txt:2: latitude and longitude');
  });
});
