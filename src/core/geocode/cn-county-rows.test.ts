import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../scripts/load-gazetteer.ts';
import { cnCounties, cnCountyRows, withCountyRows, type CountyPlace } from './cn-county-rows.ts';
import type { GazetteerRow } from './gazetteer.ts';

const json: unknown = JSON.parse(
  readFileSync(new URL('../../../data/cn-counties.json', import.meta.url), 'utf8'),
);
const counties = cnCountyRows(json);
const places = cnCounties(json);

function place(code: string): CountyPlace {
  const found = places.find((p) => p.row.id === `gbt2260:${code}`);
  if (found === undefined) throw new Error(`no county ${code}`);
  return found;
}

function byId(code: string): GazetteerRow {
  const row = counties.find((r) => r.id === `gbt2260:${code}`);
  if (row === undefined) throw new Error(`no county ${code}`);
  return row;
}

/** A GeoNames place of China as geonamesRows makes it (Deqing's seat, GeoNames 1812981). */
function town(name: string, lat: number, lon: number): GazetteerRow {
  return {
    id: 'geonames:1812981',
    name,
    aliases: [],
    altNames: [],
    kind: 'town',
    kindGuessed: false,
    lat,
    lon,
    country: 'CN',
    province: 'Zhejiang',
    city: 'Huzhou',
    district: null,
    town: name,
    contextNames: [],
    population: 87_576,
  };
}

describe('cnCountyRows', () => {
  it('makes a county a district known by its English, pinyin and Chinese names', () => {
    expect(byId('330109')).toMatchObject({
      name: 'Xiaoshan',
      kind: 'district',
      province: 'Zhejiang',
      city: 'Hangzhou',
      district: 'Xiaoshan',
      population: null,
    });
    expect(byId('330109').aliases).toEqual(
      expect.arrayContaining(['Xiaoshan District', 'Xiaoshan Qu', '萧山区', '萧山']),
    );
  });

  it('names a one-syllable county only with its suffix', () => {
    const she = byId('130426');
    expect([she.name, she.aliases.includes('She'), she.aliases.includes('Shexian')]).toEqual([
      'She County',
      false,
      true,
    ]);
  });

  it('rejects a malformed file, naming it', () => {
    expect(() => cnCountyRows({ counties: [{ code: '33' }] }, 'bad.json')).toThrow(/bad\.json/);
  });
});

describe('withCountyRows', () => {
  const deqing = place('330521');

  it('merges a county into the GeoNames place of its name within 15 km', () => {
    const rows = withCountyRows([town('Deqing', 30.54485, 119.9599)], [deqing]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: 'geonames:1812981',
      kind: 'district',
      district: 'Deqing',
      town: null,
      population: 87_576,
    });
    expect(rows[0]?.aliases).toEqual(expect.arrayContaining(['Deqing County', '德清县']));
  });

  it('keeps a namesake farther away apart from the county', () => {
    const rows = withCountyRows([town('Deqing', 30.9, 119.9599)], [deqing]);
    expect(rows.map((r) => r.id)).toEqual(['geonames:1812981', 'gbt2260:330521']);
  });

  it('merges a county into a place that already bears its suffixed name as an alias', () => {
    const zone = { ...town('Deqing Zone', 30.6, 119.9), kind: 'zone' as const };
    const rows = withCountyRows([{ ...zone, aliases: ['Deqing County'] }], [deqing]);
    expect(rows.map((r) => [r.id, r.aliases.includes('德清县')])).toEqual([
      ['geonames:1812981', true],
    ]);
  });

  it('leaves the bare name to a city of a million people elsewhere', () => {
    const city = { ...town('Deqing', 23.1, 113.3), kind: 'city' as const, population: 2_000_000 };
    const rows = withCountyRows([city], [deqing]);
    expect(rows.map((r) => r.name)).toEqual(['Deqing', 'Deqing County']);
  });

  it('merges a county placed only approximately into a namesake of its prefecture', () => {
    const approximate = { ...deqing, approximate: true };
    const rows = withCountyRows([town('Deqing', 30.9, 119.9599)], [approximate]);
    expect(rows.map((r) => r.kind)).toEqual(['district']);
  });
});

// Loaded once at the top, like the other tests of the loaded gazetteer (several seconds).
const gazetteer = await loadGazetteer();

describe('the loaded gazetteer', () => {
  it('knows a county by its English and Chinese names as one place, its GeoNames seat', () => {
    const ids = ['xiaoshan', 'xiaoshan district', '萧山区'].map((key) =>
      (gazetteer.byName.get(key) ?? []).map((row) => row.id),
    );
    expect(ids).toEqual([['geonames:1789998'], ['geonames:1789998'], ['geonames:1789998']]);
  });
});
