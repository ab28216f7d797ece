// A complete, valid event record for tests: every field set, so a test overrides only what it
// is about. Typed against the contract, so a schema change breaks the tests that depend on it.
import type { EventStore } from './event-store.ts';
import type { EventFeature, EventProperties } from './event.ts';

export function createEventProperties(overrides: Partial<EventProperties> = {}): EventProperties {
  return {
    id: 'world-ai-conference-2023-07-06',
    name: 'World Artificial Intelligence Conference',
    role: 'reported',
    start: '2023-07-06',
    end: '2023-07-08',
    date_precision: 'day',
    year: 2023,
    themes: ['ai', 'metaverse'],
    place: 'Shanghai World Expo Center',
    venue: 'Shanghai World Expo Center',
    town: null,
    district: 'Pudong New Area',
    city: 'Shanghai',
    province: 'Shanghai',
    country: 'CN',
    location_precision: 'venue',
    geocoder: 'curated:shanghai-world-expo-center',
    confidence: 0.9,
    format: 'in-person',
    status: 'held',
    participants: 1400,
    participants_text: 'more than 1,400 exhibitors',
    organisers: ['Shanghai Municipal People’s Government', 'Ministry of Industry'],
    sources: [
      {
        file: '004_a716c8f732b915f6.txt',
        url: 'http://www.shine.cn/news/metro/2309201586/',
        outlet: 'Shanghai Daily',
        published: '2023-07-09',
        title: 'AI conference closes',
      },
    ],
    evidence: {
      date: 'The conference ran from July 6 to 8.',
      place: 'held at the Shanghai World Expo Center',
    },
    ...overrides,
  };
}

/**
 * An event that says almost nothing: a name, one source, and every optional field empty (undated,
 * unplaced, no themes), for tests about what the ingest does with the bare minimum.
 */
export function createBareEventProperties(
  overrides: Partial<EventProperties> = {},
): EventProperties {
  return {
    id: 'ev-a',
    name: 'Event',
    role: 'reported',
    start: null,
    end: null,
    date_precision: 'unknown',
    year: null,
    themes: [],
    place: null,
    venue: null,
    town: null,
    district: null,
    city: null,
    province: null,
    country: null,
    location_precision: 'unknown',
    geocoder: null,
    confidence: 0,
    format: null,
    status: 'held',
    participants: null,
    participants_text: null,
    organisers: [],
    sources: [{ file: 'a.txt', url: null, outlet: null, published: null, title: null }],
    evidence: { date: null, place: null },
    ...overrides,
  };
}

export function createEventFeature(
  overrides: Partial<EventProperties> = {},
  coordinates: [number, number] | null = [121.4903, 31.1866],
): EventFeature {
  const properties = createEventProperties(overrides);
  return {
    type: 'Feature',
    id: properties.id,
    geometry: coordinates === null ? null : { type: 'Point', coordinates },
    properties,
  };
}

/**
 * A store as plain data for `toEqual`: its columns, and its events made from them instead of the
 * functions that make them (two stores never share those).
 */
export function storeContents(store: EventStore): Record<string, unknown> {
  const { event, id, read, eventThemes, ...columns } = store;
  return {
    ...columns,
    text: store.text,
    events: Array.from({ length: store.size }, (_, i) => [event(i), id(i), eventThemes(i)]),
    readName: Array.from({ length: store.size }, (_, i) => read(i, 'name')),
  };
}
