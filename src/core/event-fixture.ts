// A complete, valid event record for tests: every field set, so a test overrides only what it
// is about. Typed against the contract, so a schema change breaks the tests that depend on it.
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
