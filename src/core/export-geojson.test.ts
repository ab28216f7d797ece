import { getIssues } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import type { EventAt, EventFeature } from './event.ts';
import { createEventFeature } from './event-fixture.ts';
import { eventsToFeatureCollection, eventsToGeoJson } from './export-geojson.ts';

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
