import { getIssues } from '@placemarkio/check-geojson';
import { describe, expect, test } from 'vitest';
import themesFile from '../../../data/themes.json';
import type { EventFeature } from '../event.ts';
import { synthCities } from './places.ts';
import { createSynthesizer, synthEvents, synthYears } from './synth-event.ts';

const themes = themesFile.themes.map(({ slug, label }) => ({ slug, label }));
const slugs = new Set(themes.map((t) => t.slug));

function createDataset(seed: number, count: number): EventFeature[] {
  return [...synthEvents(seed, count, themes)];
}

function share(features: readonly EventFeature[], test: (f: EventFeature) => boolean): number {
  return features.filter(test).length / features.length;
}

describe('synthEvents', () => {
  test('gives the same dataset for the same seed', () => {
    expect(JSON.stringify(createDataset(11, 300))).toBe(JSON.stringify(createDataset(11, 300)));
  });

  test('gives a different dataset for another seed', () => {
    const a = createDataset(11, 100).map((f) => f.properties.name);
    const b = createDataset(12, 100).map((f) => f.properties.name);

    expect(a.filter((name, i) => name === b[i]).length).toBeLessThan(30);
  });

  test('a smaller dataset is the prefix of a larger one with the same seed', () => {
    const small = createDataset(5, 50);
    const large = createDataset(5, 500);

    expect(large.slice(0, 50)).toEqual(small);
  });

  test('event i can be drawn on its own, without the events before it', () => {
    const synth = createSynthesizer(5, themes);

    expect(synth(321)).toEqual(createDataset(5, 322)[321]);
  });

  test('writes a valid RFC 7946 FeatureCollection', () => {
    const collection = { type: 'FeatureCollection', features: createDataset(3, 2000) };

    expect(getIssues(JSON.stringify(collection))).toEqual([]);
  });

  test('gives every event a unique id, equal to the feature id', () => {
    const features = createDataset(4, 5000);

    expect(new Set(features.map((f) => f.properties.id)).size).toBe(5000);
    expect(features.every((f) => f.id === f.properties.id)).toBe(true);
  });

  test('gives every event one to four themes from the vocabulary, without repeats', () => {
    const counts = new Set<number>();
    for (const { properties } of createDataset(6, 3000)) {
      counts.add(properties.themes.length);
      expect(properties.themes.every((t) => slugs.has(t))).toBe(true);
      expect(new Set(properties.themes).size).toBe(properties.themes.length);
    }

    expect([...counts].sort()).toEqual([1, 2, 3, 4]);
  });

  test('dates consistently: year of the start, end not before start, precision-shaped starts', () => {
    for (const { properties: p } of createDataset(7, 5000)) {
      if (p.start === null) {
        expect([p.year, p.end, p.date_precision]).toEqual([null, null, 'unknown']);
        continue;
      }
      expect(p.year).toBe(Number(p.start.slice(0, 4)));
      expect(p.year).toBeGreaterThanOrEqual(synthYears.from);
      expect(p.year).toBeLessThanOrEqual(synthYears.to);
      expect((p.end ?? '') >= p.start).toBe(true);
      if (p.date_precision === 'month') expect(p.start.endsWith('-01')).toBe(true);
      if (p.date_precision === 'year') expect(p.start.endsWith('-01-01')).toBe(true);
    }
  });

  test('leaves some events undated and some unplaced, but few', () => {
    const features = createDataset(8, 5000);

    const undated = share(features, (f) => f.properties.year === null);
    const unplaced = share(features, (f) => f.geometry === null);

    expect(undated).toBeGreaterThan(0.04);
    expect(undated).toBeLessThan(0.15);
    expect(unplaced).toBeGreaterThan(0.02);
    expect(unplaced).toBeLessThan(0.12);
  });

  test('marks unplaced events with unknown precision and no geocoder', () => {
    const unplaced = createDataset(9, 3000).filter((f) => f.geometry === null);

    for (const { properties: p } of unplaced) {
      expect([p.location_precision, p.geocoder, p.confidence, p.city]).toEqual([
        'unknown',
        null,
        0,
        null,
      ]);
    }
  });

  test('places most events in China and some abroad', () => {
    const placed = createDataset(10, 5000).filter((f) => f.geometry !== null);

    const china = share(placed, (f) => f.properties.country === 'CN');

    expect(china).toBeGreaterThan(0.6);
    expect(china).toBeLessThan(0.9);
  });

  test('places events near the real city they name', () => {
    const cities = new Map(synthCities.map((c) => [c.city, c]));
    for (const f of createDataset(12, 3000)) {
      const city = f.properties.city === null ? undefined : cities.get(f.properties.city);
      if (f.geometry === null || city === undefined) continue;
      const [lon, lat] = f.geometry.coordinates;
      expect(Math.hypot(lon - city.lon, lat - city.lat), f.properties.id).toBeLessThan(0.6);
    }
  });

  test('clusters events at shared places: a few places hold most events', () => {
    const byPlace = new Map<string, number>();
    for (const f of createDataset(13, 5000)) {
      const key = f.properties.geocoder ?? 'none';
      byPlace.set(key, (byPlace.get(key) ?? 0) + 1);
    }
    const top = [...byPlace.values()].sort((a, b) => b - a).slice(0, 20);

    expect(top.reduce((a, b) => a + b, 0) / 5000).toBeGreaterThan(0.4);
  });

  test('bursts around flagship events: the World AI Conference week outnumbers an ordinary week', () => {
    const features = createDataset(14, 20_000);
    const inShanghai = (from: string, to: string): number =>
      features.filter((f) => {
        const start = f.properties.start ?? '';
        return f.properties.city === 'Shanghai' && start >= from && start <= to;
      }).length;

    expect(inShanghai('2023-07-05', '2023-07-10')).toBeGreaterThan(
      3 * inShanghai('2023-03-05', '2023-03-10'),
    );
  });

  test('has more events in the conference seasons than in winter', () => {
    const features = createDataset(15, 10_000);
    const inMonth = (m: string): number =>
      features.filter(
        (f) => f.properties.date_precision === 'day' && f.properties.start?.slice(5, 7) === m,
      ).length;

    expect(inMonth('09') + inMonth('11')).toBeGreaterThan(2.5 * (inMonth('01') + inMonth('02')));
  });

  test('includes CJK names and long names', () => {
    const names = createDataset(16, 3000).map((f) => f.properties.name);

    expect(names.some((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
    expect(names.some((n) => n.length > 120)).toBe(true);
  });

  test('gives events organisers and at least one source each', () => {
    const features = createDataset(17, 2000);

    expect(share(features, (f) => f.properties.organisers.length > 0)).toBeGreaterThan(0.6);
    expect(features.every((f) => f.properties.sources.length >= 1)).toBe(true);
  });

  test('refuses an empty theme vocabulary', () => {
    expect(() => createSynthesizer(1, [])).toThrow(RangeError);
  });
});
