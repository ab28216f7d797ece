// Small random events that hit the cross-filter's edge cases on purpose: undated and unplaced
// events, year- and month-precision dates, events without themes, more than 32 themes (two bit
// words), mixed-case and CJK text, places on both sides of the antimeridian.
import { EVENT_STATUSES, type DatePrecision, type EventFeature } from '../event.ts';
import { createRandom, type Random } from './random.ts';

export const edgeThemes: readonly string[] = Array.from({ length: 40 }, (_, i) => `theme-${i}`);

export const edgeWords: readonly string[] = [
  'Forum',
  'SUMMIT',
  'expo',
  'Metaverse',
  '元宇宙',
  '大会',
  'Shanghai',
  'Zürich',
  'AI Week',
  'Δelta',
];

export function createEdgeFeatures(seed: number, count: number): EventFeature[] {
  const rng = createRandom(seed);
  return Array.from({ length: count }, (_, i) => edgeFeature(rng, i));
}

function edgeFeature(rng: Random, i: number): EventFeature {
  const dated = rng.chance(0.85);
  const year = 2008 + rng.int(16);
  const month = 1 + rng.int(12);
  const precision: DatePrecision = dated ? rng.pick(['day', 'month', 'year'] as const) : 'unknown';
  const start = dated ? `${year}-${pad(precision === 'year' ? 1 : month)}-01` : null;
  const themeCount = rng.weighted([1, 4, 3, 2, 1]);
  const themes = Array.from({ length: themeCount }, () =>
    rng.chance(0.5) ? rng.pick(edgeThemes.slice(0, 6)) : rng.pick(edgeThemes),
  );
  const placed = rng.chance(0.8);
  const lon = rng.chance(0.2) ? rng.pick([-179.5, 179.5, 178, -178]) : rng.range(-180, 180);
  const lat = rng.range(-60, 70);
  return {
    type: 'Feature',
    id: `e${i}`,
    geometry: placed ? { type: 'Point', coordinates: [lon, lat] } : null,
    properties: {
      id: `e${i}`,
      name: `${rng.pick(edgeWords)} ${rng.pick(edgeWords)} ${i}`,
      role: rng.chance(0.9) ? 'reported' : 'mentioned',
      start,
      end: start,
      date_precision: precision,
      year: dated ? year : null,
      themes,
      place: rng.chance(0.7) ? rng.pick(edgeWords) : null,
      venue: null,
      town: null,
      district: rng.chance(0.3) ? rng.pick(edgeWords) : null,
      city: placed ? rng.pick(['Shanghai', 'Beijing', 'Suva', 'Apia', '杭州']) : null,
      province: null,
      country: placed ? rng.pick(['CN', 'FJ', 'WS', 'CH']) : null,
      location_precision: placed ? 'city' : 'unknown',
      geocoder: placed ? `test:${i}` : null,
      confidence: placed ? 0.8 : 0,
      format: null,
      status: EVENT_STATUSES[i % EVENT_STATUSES.length] ?? 'held',
      participants: null,
      participants_text: null,
      organisers: rng.chance(0.5) ? [`${rng.pick(edgeWords)} Committee`] : [],
      sources: [],
      evidence: { date: null, place: null },
    },
  };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
