import { describe, expect, test } from 'vitest';
import { crossFilter, type CrossFilterResult } from './cross-filter.ts';
import type { EventFeature } from './event.ts';
import { buildEventStore, type EventStore } from './event-store.ts';
import { emptyFilters, includesUndated, type BBox, type Filters } from './filters.ts';
import { createEdgeFeatures, edgeThemes, edgeWords } from './synth/edge-features.ts';
import { createRandom, type Random } from './synth/random.ts';

// The reference: the clauses read straight from each feature, one event at a time, with no store.
interface Expected {
  rows: number[];
  years: Map<number, number>;
  months: Map<string, number>;
  undated: number;
  themes: Map<string, number>;
}

function naiveCrossFilter(features: readonly EventFeature[], filters: Filters): Expected {
  const q = filters.q.trim().toLowerCase();
  const expected: Expected = {
    rows: [],
    years: new Map(),
    months: new Map(),
    undated: 0,
    themes: new Map(),
  };
  features.forEach((f, i) => {
    const p = f.properties;
    const time =
      p.year === null
        ? includesUndated(filters)
        : filters.years === null || (p.year >= filters.years.from && p.year <= filters.years.to);
    const theme = filters.themes.length === 0 || p.themes.some((t) => filters.themes.includes(t));
    const fields = [p.name, p.place, p.venue, p.town, p.district, p.city, p.province, p.country];
    const text =
      q === '' || [...fields, ...p.organisers].some((s) => s?.toLowerCase().includes(q) === true);
    const bbox = filters.bbox === null || inBox(f, filters.bbox);
    if (text && bbox && theme) {
      if (p.year === null) expected.undated++;
      else {
        increment(expected.years, p.year);
        if (p.start !== null && (p.date_precision === 'day' || p.date_precision === 'month')) {
          increment(expected.months, `${p.year}-${p.start.slice(5, 7)}`);
        }
      }
    }
    if (text && bbox && time) for (const t of new Set(p.themes)) increment(expected.themes, t);
    if (text && bbox && time && theme) expected.rows.push(i);
  });
  return expected;
}

function inBox(f: EventFeature, [west, south, east, north]: BBox): boolean {
  if (f.geometry === null) return false;
  const [lon, lat] = f.geometry.coordinates;
  const lonOk = west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
  return lonOk && lat >= south && lat <= north;
}

function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

// The result, read back into the reference's shape: only non-zero counts, keyed by value.
function observed(store: EventStore, result: CrossFilterResult): Expected {
  const years = new Map<number, number>();
  const months = new Map<string, number>();
  result.yearCounts.forEach((n, y) => {
    if (n > 0) years.set(store.minYear + y, n);
  });
  result.monthCounts.forEach((n, i) => {
    const month = String((i % 12) + 1).padStart(2, '0');
    if (n > 0) months.set(`${store.minYear + Math.floor(i / 12)}-${month}`, n);
  });
  const themes = new Map<string, number>();
  result.themeCounts.forEach((n, t) => {
    if (n > 0) themes.set(store.themes[t] as string, n);
  });
  return { rows: [...result.rows], years, months, undated: result.undated, themes };
}

function randomFilters(rng: Random): Filters {
  const from = 2006 + rng.int(20);
  return {
    years: rng.chance(0.5) ? { from, to: from + rng.int(6) - 1 } : null,
    undated: rng.pick(['include', 'exclude', null] as const),
    themes: rng.chance(0.5) ? [] : randomThemes(rng),
    q: rng.chance(0.5) ? '' : randomQuery(rng),
    bbox: rng.chance(0.6) ? null : randomBox(rng),
  };
}

function randomThemes(rng: Random): string[] {
  const count = 1 + rng.int(3);
  return Array.from({ length: count }, () =>
    rng.chance(0.1) ? 'not-a-theme' : rng.pick(edgeThemes),
  );
}

function randomQuery(rng: Random): string {
  const word = rng.pick(edgeWords);
  const start = rng.int(word.length);
  const part = word.slice(start, start + 1 + rng.int(word.length - start));
  return rng.pick([part, part.toUpperCase(), ` ${part} `, '  ', 'no such text']);
}

function randomBox(rng: Random): BBox {
  const south = rng.range(-70, 60);
  const north = south + rng.range(0, 50);
  const west = rng.range(-180, 180);
  const east = rng.chance(0.3) ? west - rng.range(0, 40) : west + rng.range(0, 120);
  return [west, south, Math.min(180, east), north];
}

function changeOneClause(rng: Random, filters: Filters): Filters {
  const next = randomFilters(rng);
  const clause = rng.pick(['years', 'undated', 'themes', 'q', 'bbox'] as const);
  return { ...filters, [clause]: next[clause] };
}

describe('crossFilter', () => {
  test('with no filters every event is a row and every chart counts everything', () => {
    const features = createEdgeFeatures(1, 500);
    const store = buildEventStore(features);

    const result = crossFilter(store, emptyFilters);

    expect(result.total).toBe(500);
    expect([...result.rows]).toEqual(features.map((_, i) => i));
    const dated = features.filter((f) => f.properties.year !== null).length;
    expect(result.yearCounts.reduce((a, b) => a + b, 0)).toBe(dated);
    expect(result.undated).toBe(500 - dated);
  });

  test('agrees with a naive per-feature filter on random filters', () => {
    const features = createEdgeFeatures(2, 3000);
    const store = buildEventStore(features);
    const rng = createRandom(99);
    for (let run = 0; run < 200; run++) {
      const filters = randomFilters(rng);
      expect(observed(store, crossFilter(store, filters)), JSON.stringify(filters)).toEqual(
        naiveCrossFilter(features, filters),
      );
    }
  });

  test('agrees with the naive filter when one clause changes at a time on the same store', () => {
    const features = createEdgeFeatures(3, 2000);
    const store = buildEventStore(features);
    const rng = createRandom(7);
    let filters = emptyFilters;
    for (let step = 0; step < 300; step++) {
      filters = changeOneClause(rng, filters);
      expect(observed(store, crossFilter(store, filters)), JSON.stringify(filters)).toEqual(
        naiveCrossFilter(features, filters),
      );
    }
  });

  test('agrees with the naive filter while a query is typed and erased', () => {
    const features = createEdgeFeatures(4, 2000);
    const store = buildEventStore(features);
    const typed = ['s', 'su', 'sum', 'summit', 'summitx', 'summit', 'um', 'sum', 'me', 'meta', ''];
    for (const q of typed) {
      const filters = { ...emptyFilters, themes: ['theme-1', 'theme-2'], q };
      expect(observed(store, crossFilter(store, filters)), q).toEqual(
        naiveCrossFilter(features, filters),
      );
    }
  });

  test('gives the same answer for equal filters whatever came before', () => {
    const features = createEdgeFeatures(5, 1000);
    const store = buildEventStore(features);
    const filters: Filters = { ...emptyFilters, years: { from: 2012, to: 2016 }, q: 'forum' };
    const first = observed(store, crossFilter(store, filters));

    crossFilter(store, { ...filters, q: 'f', themes: ['theme-3'], bbox: [100, 0, 150, 50] });
    const again = observed(store, crossFilter(store, { ...filters, q: 'FORUM ' }));

    expect(again).toEqual(first);
  });

  test('a result is not changed by later calls on the same store', () => {
    const features = createEdgeFeatures(6, 1000);
    const store = buildEventStore(features);
    const filters: Filters = { ...emptyFilters, themes: ['theme-0'] };
    const result = crossFilter(store, filters);
    const before = observed(store, result);

    crossFilter(store, { ...emptyFilters, themes: ['theme-1'], years: { from: 2010, to: 2011 } });

    expect(observed(store, result)).toEqual(before);
  });

  test('two stores built from the same features do not share state', () => {
    const features = createEdgeFeatures(7, 800);
    const a = buildEventStore(features);
    const b = buildEventStore(features);
    const filters: Filters = { ...emptyFilters, q: 'expo' };

    crossFilter(a, filters);
    const fromB = observed(b, crossFilter(b, { ...filters, q: '' }));

    expect(fromB).toEqual(naiveCrossFilter(features, emptyFilters));
  });

  test('counts an event failing only the time clause in the time chart alone', () => {
    const features = createEdgeFeatures(8, 1).map((f) => ({
      ...f,
      properties: { ...f.properties, year: 2010, start: '2010-03-01', themes: ['ai'] },
    }));
    const store = buildEventStore(features);

    const result = crossFilter(store, { ...emptyFilters, years: { from: 2020, to: 2021 } });

    expect(result.rows.length).toBe(0);
    expect([...result.yearCounts]).toEqual([1]);
    expect([...result.themeCounts]).toEqual([0]);
  });

  test('counts an event failing only the theme clause in the theme chart alone', () => {
    const features = createEdgeFeatures(8, 1).map((f) => ({
      ...f,
      properties: { ...f.properties, year: 2010, start: '2010-03-01', themes: ['ai'] },
    }));
    const store = buildEventStore(features);

    const result = crossFilter(store, { ...emptyFilters, themes: ['iot'] });

    expect(result.rows.length).toBe(0);
    expect([...result.themeCounts]).toEqual([1]);
    expect([...result.yearCounts]).toEqual([0]);
  });

  test('counts an event failing the text clause in no chart', () => {
    const features = createEdgeFeatures(8, 1).map((f) => ({
      ...f,
      properties: { ...f.properties, year: 2010, start: '2010-03-01', themes: ['ai'] },
    }));
    const store = buildEventStore(features);

    const result = crossFilter(store, { ...emptyFilters, q: 'no such text' });

    expect([...result.themeCounts]).toEqual([0]);
    expect([...result.yearCounts]).toEqual([0]);
    expect([...result.monthCounts].reduce((a, b) => a + b, 0)).toBe(0);
  });

  test('counts an event failing both time and theme clauses in neither chart', () => {
    const features = createEdgeFeatures(9, 1).map((f) => ({
      ...f,
      properties: { ...f.properties, year: 2010, start: '2010-03-01', themes: ['ai'] },
    }));
    const store = buildEventStore(features);

    const result = crossFilter(store, {
      ...emptyFilters,
      years: { from: 2020, to: 2021 },
      themes: ['iot'],
    });

    expect([...result.themeCounts]).toEqual([0]);
    expect([...result.yearCounts]).toEqual([0]);
  });

  test('an unplaced event passes while the map-view toggle is off and fails once it is on', () => {
    const features = createEdgeFeatures(10, 200).filter((f) => f.geometry === null);
    const store = buildEventStore(features);

    expect(crossFilter(store, emptyFilters).rows.length).toBe(features.length);
    expect(crossFilter(store, { ...emptyFilters, bbox: [-180, -90, 180, 90] }).rows.length).toBe(0);
  });

  test('a box across the antimeridian keeps events on both sides of it', () => {
    const features = createEdgeFeatures(11, 1).flatMap((f) =>
      [179.5, -179.5, 0].map((lon): EventFeature => ({
        ...f,
        geometry: { type: 'Point', coordinates: [lon, 10] },
      })),
    );
    const store = buildEventStore(features);

    const result = crossFilter(store, { ...emptyFilters, bbox: [170, 0, -170, 20] });

    expect([...result.rows]).toEqual([0, 1]);
  });

  test('works on an empty dataset', () => {
    const store = buildEventStore([]);

    const result = crossFilter(store, { ...emptyFilters, q: 'x', themes: ['ai'] });

    expect(result.rows.length).toBe(0);
    expect(result.yearCounts.length).toBe(0);
    expect(result.themeCounts.length).toBe(0);
    expect(result.undated).toBe(0);
  });
});
