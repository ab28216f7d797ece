import { describe, expect, test } from 'vitest';
import { buildEventStore } from '../../core/event-store.ts';
import type { EventFeature } from '../../core/event.ts';
import { binRows, buildPointIndex, mercatorX, mercatorY, type BinFeature } from './event-bins.ts';

function createEvent(id: string, coords: [number, number] | null): EventFeature {
  return {
    type: 'Feature',
    geometry: coords === null ? null : { type: 'Point', coordinates: coords },
    properties: {
      id,
      name: `Event ${id}`,
      role: 'reported',
      start: '2023-05-01',
      end: null,
      date_precision: 'day',
      year: 2023,
      themes: ['ai'],
      place: 'Shanghai',
      venue: null,
      town: null,
      district: null,
      city: 'Shanghai',
      province: 'Shanghai',
      country: 'CN',
      location_precision: 'city',
      geocoder: 'curated:shanghai',
      confidence: 0.9,
      format: 'in-person',
      status: 'held',
      participants: null,
      participants_text: null,
      organisers: [],
      sources: [],
      evidence: { date: null, place: null },
    },
  };
}

function createIndex(coords: ([number, number] | null)[]) {
  return buildPointIndex(buildEventStore(coords.map((c, k) => createEvent(`e${k}`, c))));
}

const shanghai: [number, number] = [121.47, 31.23];
const beijing: [number, number] = [116.41, 39.9];
const everything = { zoom: 5, box: null, keep: null };

function bins(features: readonly { properties: object }[]): BinFeature['properties'][] {
  return features.map((f) => f.properties).filter((p): p is BinFeature['properties'] => 'bin' in p);
}

describe('binRows', () => {
  test('events at one place become one bin that knows its members', () => {
    const index = createIndex([shanghai, shanghai, beijing]);
    const binned = binRows(index, Uint32Array.of(0, 1, 2), everything);
    const [bin] = bins(binned.data.features);
    expect(binned.data.features).toHaveLength(2);
    expect(bin?.n).toBe(2);
    expect(binned.members(bin?.bin ?? -1)).toEqual([0, 1]);
  });

  test('a bin sits at the mean position of its events', () => {
    const index = createIndex([
      [121.47, 31.23],
      [121.471, 31.231],
    ]);
    const binned = binRows(index, Uint32Array.of(0, 1), everything);
    const [lon = 0, lat = 0] = binned.data.features[0]?.geometry.coordinates ?? [];
    expect(lon).toBeCloseTo(121.4705, 4);
    expect(lat).toBeCloseTo(31.2305, 4);
  });

  test('events far apart stay individual points with their own properties', () => {
    const index = createIndex([shanghai, beijing]);
    const binned = binRows(index, Uint32Array.of(0, 1), everything);
    expect(binned.data.features.map((f) => f.properties)).toMatchObject([
      { id: 'e0', n: 1 },
      { id: 'e1', n: 1 },
    ]);
  });

  test('only the given rows are sent, and unplaced events never', () => {
    const index = createIndex([shanghai, null, beijing]);
    const binned = binRows(index, Uint32Array.of(1, 2), everything);
    expect(binned.data.features.map((f) => f.properties)).toMatchObject([{ id: 'e2' }]);
  });

  test('the kept (selected) event is sent on its own even where it shares a place', () => {
    const index = createIndex([shanghai, shanghai, shanghai]);
    const binned = binRows(index, Uint32Array.of(0, 1, 2), { ...everything, keep: 1 });
    expect(binned.data.features.map((f) => f.properties)).toMatchObject([{ id: 'e1' }, { n: 2 }]);
  });

  test('the kept event is not sent when it does not pass the filters', () => {
    const index = createIndex([shanghai, beijing]);
    const binned = binRows(index, Uint32Array.of(0), { ...everything, keep: 1 });
    expect(binned.data.features.map((f) => f.properties)).toMatchObject([{ id: 'e0' }]);
  });

  test('bins are finer inside the box than outside it', () => {
    // Two pairs of events about 5 km apart: near Shanghai (in the box) and Beijing (outside).
    const index = createIndex([
      [121.3, 31.2],
      [121.35, 31.2],
      [116.3, 39.9],
      [116.35, 39.9],
    ]);
    const box: [number, number, number, number] = [
      mercatorX(120),
      mercatorY(32),
      mercatorX(123),
      mercatorY(30),
    ];
    const binned = binRows(index, Uint32Array.of(0, 1, 2, 3), { zoom: 8, box, keep: null });
    const props = binned.data.features.map((f) => f.properties);
    expect(props).toMatchObject([{ id: 'e0' }, { id: 'e1' }, { n: 2 }]);
  });
});

describe('buildPointIndex', () => {
  test('makes a point once per event and hands back the same object after', () => {
    const index = createIndex([shanghai, null]);
    expect(index.point(0)).toBe(index.point(0));
    expect(index.point(1)).toBeUndefined();
    expect(Number.isNaN(index.x[1])).toBe(true);
  });
});
