import { describe, expect, it } from 'vitest';
import { createGazetteer, type GazetteerRow } from '../geocode/gazetteer.ts';
import { onlineUnplaced } from './online-place.ts';
import { runIngest } from './run-ingest.ts';

const lisbon: GazetteerRow = {
  id: 'test:lisbon',
  name: 'Lisbon',
  aliases: [],
  altNames: [],
  kind: 'city',
  kindGuessed: false,
  lat: 38.72,
  lon: -9.14,
  country: 'PT',
  province: null,
  city: 'Lisbon',
  district: null,
  town: null,
  contextNames: [],
  population: 500_000,
};

function ingest(text: string) {
  const bytes = new TextEncoder().encode(text);
  const input = { path: 'a.txt', size: bytes.length, bytes, readError: null };
  return runIngest([input], { gazetteer: createGazetteer([lisbon]), overrides: null });
}

describe('onlineUnplaced', () => {
  it('leaves an online event without a point, saying why', () => {
    const result = onlineUnplaced({ format: 'online', place: 'Lisbon' });
    expect(result).toMatchObject({
      coordinates: null,
      city: null,
      location_precision: 'unknown',
      geocoder: null,
      confidence: 0,
      warnings: ['held online: place "Lisbon" not used to put it on the map'],
    });
  });

  it('does not touch a hybrid event', () => {
    expect(onlineUnplaced({ format: 'hybrid', place: 'Lisbon' })).toBeNull();
  });
});

describe('the ingest of an online-only event', () => {
  const text =
    'Cloud summit held online\n\nThe Northfield Cloud Summit 2026 was held online in Lisbon on May 4, 2026.';

  it('keeps its place as written but gives it no point', () => {
    const [event] = ingest(text).events;
    expect([event?.properties.format, event?.properties.place, event?.coordinates]).toEqual([
      'online',
      'Lisbon',
      null,
    ]);
    expect(event?.properties.location_precision).toBe('unknown');
  });

  it('says in the report why it is not on the map', () => {
    const warnings = ingest(text).report.files[0]?.warnings.map((w) => w.message) ?? [];
    expect(warnings).toContain('held online: place "Lisbon" not used to put it on the map');
    expect(warnings.some((w) => w.endsWith('held online; kept without a point'))).toBe(true);
  });
});
