import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { continents } from './continents.ts';

const FILE = new URL('../../../data/continents.json', import.meta.url);
const read = () => continents(JSON.parse(readFileSync(FILE, 'utf8')) as unknown, 'continents.json');

describe('continents', () => {
  it('finds each of the seven by its name and its adjective', () => {
    const byKey = read();
    expect(new Set(byKey.values()).size).toBe(7);
    expect(byKey.get('asia')?.geonameid).toBe(6255147);
    expect(byKey.get('european')?.name).toBe('Europe');
    expect(byKey.get('south america')?.code).toBe('SA');
  });

  it('places each continent on its own land', () => {
    const byKey = read();
    // Rough boxes, independent of GeoNames: a swapped latitude and longitude lands in the sea.
    expect(byKey.get('africa')).toMatchObject({ lat: expect.closeTo(7, 0) as number });
    const southAmerica = byKey.get('south america');
    expect(southAmerica?.lat).toBeLessThan(0);
    expect(southAmerica?.lon).toBeGreaterThan(-82);
    expect(southAmerica?.lon).toBeLessThan(-34);
  });

  it('names the file and the field of a malformed row', () => {
    const json = { continents: [{ code: 'AS', name: 'Asia', geonameid: 1, lat: 200, lon: 0 }] };
    expect(() => continents(json, 'continents.json')).toThrow(/continents\.json: .*lat/s);
  });
});
