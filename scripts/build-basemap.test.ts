import { readFileSync } from 'node:fs';
import type { FeatureCollection, Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { buildBasemap } from './build-basemap.ts';

function readCommitted(name: string): FeatureCollection {
  return JSON.parse(readFileSync(`public/basemap/${name}`, 'utf8')) as FeatureCollection;
}

function allPositions(fc: FeatureCollection): Position[] {
  const out: Position[] = [];
  for (const f of fc.features) {
    const g = f.geometry;
    if (g.type === 'MultiLineString') for (const l of g.coordinates) out.push(...l);
    if (g.type === 'LineString') out.push(...g.coordinates);
  }
  return out;
}

describe('the basemap built from the installed packages', () => {
  const files = buildBasemap();

  test('matches the files committed in public/basemap', () => {
    for (const [name, data] of Object.entries(files)) {
      expect(readCommitted(name), name).toEqual(JSON.parse(JSON.stringify(data)));
    }
  });

  test("draws China's province borders inside China", () => {
    const positions = allPositions(files['china-provinces.geojson']);
    expect(positions.length).toBeGreaterThan(1000);
    for (const [lon = NaN, lat = NaN] of positions) {
      expect(lon).toBeGreaterThan(73);
      expect(lon).toBeLessThan(136);
      expect(lat).toBeGreaterThan(15);
      expect(lat).toBeLessThan(54);
    }
  });

  test('labels Beijing and Shanghai from a national view', () => {
    const cities = files['cities.geojson'].features;
    for (const name of ['Beijing', 'Shanghai']) {
      const city = cities.find((f) => f.properties?.name === name);
      expect(city?.properties?.minzoom, name).toBeLessThanOrEqual(2.5);
    }
  });

  test('stays small enough to commit and to load on first paint', () => {
    const bytes = Object.values(files).reduce((n, fc) => n + JSON.stringify(fc).length, 0);
    expect(bytes).toBeLessThan(1_500_000);
  });
});
