import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { InvalidDatasetError, readEvents } from './read-events.ts';

function loadFixture(name: string): { type: string; features: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(`src/test/fixtures/${name}`, 'utf8')) as {
    type: string;
    features: Record<string, unknown>[];
  };
}

function featureWith(props: Record<string, unknown>, geometry: unknown = null): unknown {
  return { type: 'Feature', geometry, properties: { id: 'x', name: 'X', ...props } };
}

describe('readEvents', () => {
  test('keeps every feature of a valid dataset', () => {
    const result = readEvents(loadFixture('seed-events.geojson'));
    expect(result.skipped).toBe(0);
    expect(result.collection.features.map((f) => f.properties.year)).toEqual([
      2022, 2022, 2020, 2023, 2023,
    ]);
  });

  test('skips one bad feature among good ones and says why', () => {
    const result = readEvents(loadFixture('one-bad-feature.geojson'));
    expect(result.collection.features).toHaveLength(3);
    expect(result.skipped).toBe(1);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ index: 3, id: 'bad-longitude' });
    expect(result.problems[0]?.reason).toMatch(/^geometry\.coordinates\.0: /);
  });

  test('keeps unplaced features with a null geometry', () => {
    const result = readEvents({ type: 'FeatureCollection', features: [featureWith({})] });
    expect(result.collection.features[0]?.geometry).toBeNull();
  });

  test('fills optional fields a foreign dataset leaves out with their empty values', () => {
    const [feature] = readEvents({
      type: 'FeatureCollection',
      features: [featureWith({ start: '2021-05-01' })],
    }).collection.features;
    expect(feature?.properties).toMatchObject({
      year: 2021,
      themes: [],
      organisers: [],
      date_precision: 'unknown',
      location_precision: 'unknown',
      place: null,
    });
  });

  test('skips a feature without a name', () => {
    const result = readEvents({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: null, properties: { id: 'a' } }],
    });
    expect(result.problems[0]?.reason).toMatch(/^properties\.name/);
  });

  test('skips a second feature with an id already seen', () => {
    const result = readEvents({
      type: 'FeatureCollection',
      features: [featureWith({ name: 'First' }), featureWith({ name: 'Second' })],
    });
    expect(result.collection.features.map((f) => f.properties.name)).toEqual(['First']);
    expect(result.problems[0]?.reason).toBe('duplicate id "x"');
  });

  test('caps the listed reasons but counts every skipped feature', () => {
    const features = Array.from({ length: 5 }, () => ({ type: 'Feature' }));
    const result = readEvents({ type: 'FeatureCollection', features }, 2);
    expect(result.skipped).toBe(5);
    expect(result.problems).toHaveLength(2);
  });

  test.each([null, [], { type: 'Feature' }, { type: 'FeatureCollection' }, 'text'])(
    'rejects %j as a whole',
    (json) => {
      expect(() => readEvents(json)).toThrow(InvalidDatasetError);
    },
  );
});
