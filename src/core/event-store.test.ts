import { describe, expect, test } from 'vitest';
import type { EventFeature, EventProperties } from './event.ts';
import { storeContents } from './event-fixture.ts';
import { buildEventStore, EventStoreBuilder } from './event-store.ts';
import { createEdgeFeatures } from './synth/edge-features.ts';

function createFeature(
  properties: Partial<EventProperties>,
  coordinates: [number, number] | null = [121.47, 31.23],
): EventFeature {
  const [base] = createEdgeFeatures(1, 1);
  if (base === undefined) throw new Error('no fixture');
  return {
    ...base,
    geometry: coordinates === null ? null : { type: 'Point', coordinates },
    properties: { ...base.properties, ...properties },
  };
}

describe('buildEventStore', () => {
  test('stores the year of a dated event and 0 for an undated one', () => {
    const store = buildEventStore([
      createFeature({ year: 2021, start: '2021-05-04', date_precision: 'day' }),
      createFeature({ year: null, start: null, date_precision: 'unknown' }),
    ]);

    expect([...store.year]).toEqual([2021, 0]);
  });

  test('stores the month only when the date is precise to the month or day', () => {
    const store = buildEventStore([
      createFeature({ year: 2021, start: '2021-05-04', date_precision: 'day' }),
      createFeature({ year: 2021, start: '2021-11-01', date_precision: 'month' }),
      createFeature({ year: 2021, start: '2021-01-01', date_precision: 'year' }),
      createFeature({ year: null, start: null, date_precision: 'unknown' }),
    ]);

    expect([...store.month]).toEqual([4, 10, -1, -1]);
  });

  test('spans the dated years only', () => {
    const store = buildEventStore([
      createFeature({ year: 2019 }),
      createFeature({ year: null, start: null }),
      createFeature({ year: 2023 }),
    ]);

    expect([store.minYear, store.maxYear]).toEqual([2019, 2023]);
  });

  test('spans no years when nothing is dated', () => {
    const store = buildEventStore([createFeature({ year: null, start: null })]);

    expect([store.minYear, store.maxYear]).toEqual([0, 0]);
  });

  test('encodes themes in first-seen order as bits of each event', () => {
    const store = buildEventStore([
      createFeature({ themes: ['metaverse', 'ai'] }),
      createFeature({ themes: [] }),
      createFeature({ themes: ['iot', 'metaverse'] }),
    ]);

    expect(store.themes).toEqual(['metaverse', 'ai', 'iot']);
    expect(store.themeWords).toBe(1);
    expect([...store.themeBits]).toEqual([0b011, 0, 0b101]);
  });

  test('uses a second bit word once there are more than 32 themes', () => {
    const many = Array.from({ length: 33 }, (_, i) => `t${i}`);
    const store = buildEventStore([
      createFeature({ themes: many }),
      createFeature({ themes: ['t32'] }),
    ]);

    expect(store.themeWords).toBe(2);
    expect([...store.themeBits]).toEqual([0xffffffff, 1, 0, 1]);
  });

  test('stores coordinates, and NaN for an unplaced event', () => {
    const store = buildEventStore([createFeature({}, [2.35, 48.85]), createFeature({}, null)]);

    expect([store.lon[0], store.lat[0]]).toEqual([2.35, 48.85]);
    expect(Number.isNaN(store.lon[1]) && Number.isNaN(store.lat[1])).toBe(true);
  });

  test('searches a lower-cased text of the name, place hierarchy and organisers', () => {
    const store = buildEventStore([
      createFeature({
        name: 'World AI Conference',
        place: 'Expo Centre',
        venue: null,
        town: null,
        district: 'Pudong',
        city: 'Shanghai',
        province: '上海市',
        country: 'CN',
        organisers: ['SAIL Committee'],
      }),
    ]);

    const text = store.text[0] ?? '';
    for (const part of ['world ai conference', 'expo centre', 'pudong', '上海市', 'cn', 'sail']) {
      expect(text).toContain(part);
    }
    expect(text).not.toMatch(/[A-Z]/);
  });

  test('encodes each distinct lower-cased name, place line and organiser once', () => {
    const shared = { place: 'Expo Centre', city: 'Shanghai', district: null, country: 'CN' };
    const store = buildEventStore([
      createFeature({ ...shared, name: 'AI Forum', organisers: ['CAICT', 'Huawei'] }),
      createFeature({ ...shared, name: 'ai forum', organisers: ['Huawei'] }),
      createFeature({ ...shared, name: 'Chip Summit', organisers: [] }),
    ]);

    const part = (id: number | undefined): string => store.textParts[id ?? -1] ?? '';
    expect([...store.nameId].map(part)).toEqual(['ai forum', 'ai forum', 'chip summit']);
    expect(new Set(store.placeId).size).toBe(1);
    expect(part(store.placeId[0])).toContain('expo centre\nshanghai');
    expect([...store.organiserStart]).toEqual([0, 2, 3, 3]);
    expect([...store.organiserIds].map(part)).toEqual(['caict', 'huawei', 'huawei']);
  });

  test('keeps the features it was built from, in order', () => {
    const features = createEdgeFeatures(2, 50);

    const store = buildEventStore(features);

    expect(store.size).toBe(50);
    expect(Array.from({ length: store.size }, (_, i) => store.id(i))).toEqual(
      features.map((f) => f.properties.id),
    );
  });

  test('gives the same columns whether the features arrive at once or in batches', () => {
    const features = createEdgeFeatures(3, 3000);
    const builder = new EventStoreBuilder();
    for (let at = 0; at < features.length; at += 700) builder.add(features.slice(at, at + 700));

    const batched = builder.finish();
    const whole = buildEventStore(features);

    expect(storeContents(batched)).toEqual(storeContents(whole));
  });
});
