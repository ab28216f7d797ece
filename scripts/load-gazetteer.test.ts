import { describe, expect, it } from 'vitest';
import type { GazetteerRow } from '../src/core/geocode/gazetteer.ts';
import { normalizeName } from '../src/core/geocode/normalize.ts';
import { haversineKm } from '../src/core/ingest/distance.ts';
import { loadGazetteer } from './load-gazetteer.ts';

const gazetteer = await loadGazetteer();

function isCurated(row: GazetteerRow): boolean {
  return row.id.startsWith('curated:');
}

function rowsNamed(key: string): readonly GazetteerRow[] {
  return gazetteer.byName.get(key) ?? [];
}

describe('loadGazetteer', () => {
  it('holds GeoNames places, divisions, countries and curated places', () => {
    const ids = ['jiading', 'zhejiang', 'spain', 'anting'].map((key) => rowsNamed(key)[0]?.id);
    expect(ids).toEqual([
      expect.stringMatching(/^(?:geonames|cities\.json):/),
      'geonames-admin1:CN.02',
      'iso3166:ES',
      'curated:anting',
    ]);
    expect(gazetteer.size).toBeGreaterThan(170_000);
  });

  it('builds the gazetteer once per process', async () => {
    expect(await loadGazetteer()).toBe(gazetteer);
  });

  it('puts every curated place within 80 km of the GeoNames places of its parents', () => {
    const curated = new Set([...gazetteer.byName.values()].flat().filter((r) => isCurated(r)));
    const far: string[] = [];
    for (const row of curated) {
      const parents = [row.district, row.city, ...row.contextNames].filter((p) => p !== null);
      if (parents.length === 0) continue;
      const km = Math.min(
        ...parents
          .flatMap((name) => rowsNamed(normalizeName(name)))
          .filter((p) => !isCurated(p) && p.country === row.country && p.province === row.province)
          .map((p) => haversineKm([p.lon, p.lat], [row.lon, row.lat])),
      );
      if (!(km < 80)) far.push(`${row.id}: ${km.toFixed(0)} km from ${parents.join('/')}`);
    }
    expect(far).toEqual([]);
  });

  it('spells every curated province as GeoNames does, so that filters group them', () => {
    const all = [...gazetteer.byName.values()].flat();
    const provinces = new Set(
      all.filter((r) => r.kind === 'province').map((r) => `${r.country}:${r.name}`),
    );
    const unknown = all
      .filter(
        (r) => isCurated(r) && r.province !== null && !provinces.has(`${r.country}:${r.province}`),
      )
      .map((r) => `${r.id}: ${r.province}`);
    expect(unknown).toEqual([]);
  });
});
