import { getIssues } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import type { EventAt, EventFeature } from './event.ts';
import { createEventFeature } from './event-fixture.ts';
import { eventsToFeatureCollection, eventsToGeoJson, geoJsonParts } from './export-geojson.ts';

function createFeatures() {
  return [
    createEventFeature({ id: 'placed', name: '世界人工智能大会' }, [121.49, 31.19]),
    createEventFeature({ id: 'unplaced' }, null),
    createEventFeature({ id: 'west' }, [-3.7038, 40.4168]),
  ];
}

function eventAt(features: readonly EventFeature[]): EventAt {
  return (i) => features[i];
}

describe('eventsToGeoJson', () => {
  it('writes valid RFC 7946 GeoJSON, unplaced events included', () => {
    const text = eventsToGeoJson(eventAt(createFeatures()), Uint32Array.of(0, 1, 2));
    expect(getIssues(text)).toEqual([]);
  });

  it('holds exactly the rows asked for, in order, with their properties', () => {
    const features = createFeatures();
    const parsed = JSON.parse(eventsToGeoJson(eventAt(features), Uint32Array.of(2, 1))) as unknown;
    expect(parsed).toEqual({ type: 'FeatureCollection', features: [features[2], features[1]] });
  });
});

describe('eventsToFeatureCollection', () => {
  it('is empty for no rows', () => {
    expect(eventsToFeatureCollection(eventAt(createFeatures()), [])).toEqual({
      type: 'FeatureCollection',
      features: [],
    });
  });

  it('refuses an index outside the dataset', () => {
    expect(() => eventsToFeatureCollection(eventAt(createFeatures()), [3])).toThrow(RangeError);
  });
});

describe('geoJsonParts', () => {
  it('gives what JSON.stringify gives of the collection, however many features a part holds', () => {
    const features = Array.from({ length: 5 }, (_, i) =>
      createEventFeature({ id: `e${String(i)}` }, i === 2 ? null : [121 + i, 31]),
    );
    const eventAt: EventAt = (i) => features[i];
    for (const rows of [Uint32Array.of(4, 2, 0, 1, 3), new Uint32Array(0)]) {
      const expected = JSON.stringify(eventsToFeatureCollection(eventAt, rows));
      for (const perPart of [1, 2, 5, 100]) {
        const parts = [...geoJsonParts(eventAt, rows, perPart)];
        expect(parts).toHaveLength(Math.max(1, Math.ceil(rows.length / perPart)));
        expect(parts.join('')).toBe(expected);
      }
    }
  });
});
