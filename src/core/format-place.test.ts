import { describe, expect, it } from 'vitest';
import type { EventProperties } from './event.ts';
import { countryName, placeHierarchy, placeLabel } from './format-place.ts';

function createProperties(overrides: Partial<EventProperties> = {}): EventProperties {
  return {
    id: 'e1',
    name: 'World Artificial Intelligence Conference',
    role: 'reported',
    start: '2023-07-06',
    end: '2023-07-08',
    date_precision: 'day',
    year: 2023,
    themes: ['ai'],
    place: 'Shanghai World Expo Center',
    venue: 'Shanghai World Expo Center',
    town: null,
    district: 'Pudong',
    city: 'Shanghai',
    province: 'Shanghai',
    country: 'CN',
    location_precision: 'venue',
    geocoder: 'curated:expo-center',
    confidence: 0.9,
    format: 'in-person',
    status: 'held',
    participants: null,
    participants_text: null,
    organisers: [],
    sources: [],
    evidence: { date: null, place: null },
    ...overrides,
  };
}

describe('placeHierarchy', () => {
  it('lists the known levels from venue to country, spelling out the country', () => {
    expect(placeHierarchy(createProperties())).toEqual([
      { level: 'venue', value: 'Shanghai World Expo Center' },
      { level: 'district', value: 'Pudong' },
      { level: 'city', value: 'Shanghai' },
      { level: 'province', value: 'Shanghai' },
      { level: 'country', value: 'China' },
    ]);
  });

  it('skips blank levels', () => {
    const parts = placeHierarchy(createProperties({ venue: ' ', district: null }));
    expect(parts.map((p) => p.level)).toEqual(['city', 'province', 'country']);
  });
});

describe('placeLabel', () => {
  it('prefers the place as written', () => {
    expect(placeLabel(createProperties({ place: '上海世博中心' }))).toBe('上海世博中心');
  });

  it('falls back to the hierarchy', () => {
    expect(placeLabel(createProperties({ place: null, venue: null, district: null }))).toBe(
      'Shanghai, Shanghai, China',
    );
  });

  it('is null when nothing is known', () => {
    const p = createProperties({
      place: null,
      venue: null,
      district: null,
      city: null,
      province: null,
      country: null,
    });
    expect(placeLabel(p)).toBeNull();
  });
});

describe('countryName', () => {
  it('keeps a value that is not a two-letter code', () => {
    expect(countryName('Atlantis')).toBe('Atlantis');
  });
});
