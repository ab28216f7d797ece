import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import themesFile from '../../data/themes.json' with { type: 'json' };
import { EVENT_PROPERTY_KEYS, type EventCollection, type EventFeature } from './event.ts';
import { createEventFeature } from './event-fixture.ts';
import { EventStoreBuilder } from './event-store.ts';
import { createEdgeFeatures } from './synth/edge-features.ts';
import { synthEvents } from './synth/synth-event.ts';

/** Encoded in chunks of 700 (later chunks refer to strings sent in earlier ones) and made again. */
function roundTrip(features: readonly EventFeature[]): (EventFeature | undefined)[] {
  const store = records(features);
  return Array.from({ length: store.size }, (_, i) => store.event(i));
}

function records(features: readonly EventFeature[]) {
  const builder = new EventStoreBuilder();
  for (let at = 0; at < features.length; at += 700) builder.add(features.slice(at, at + 700));
  return builder.finish();
}

function readDataset(path: string): EventFeature[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as EventCollection).features;
}

const themes = themesFile.themes.map(({ slug, label }) => ({ slug, label }));

describe('event records: features encoded as columns and made again', () => {
  test('gives back the events of the seed dataset unchanged', () => {
    const features = readDataset('data/events.geojson');

    expect(roundTrip(features)).toEqual(features);
  });

  test('gives back synthetic events unchanged, CJK text and unplaced events included', () => {
    const features = [...synthEvents(11, 2000, themes)];

    expect(roundTrip(features)).toEqual(features);
  });

  test('gives back edge-case events unchanged (empty lists, nulls, long text)', () => {
    const features = createEdgeFeatures(5, 300);

    expect(roundTrip(features)).toEqual(features);
  });

  test('keeps the properties in the published order', () => {
    const [event] = roundTrip([createEventFeature()]);

    expect(Object.keys(event?.properties ?? {})).toEqual([...EVENT_PROPERTY_KEYS]);
  });

  test('leaves out the top-level id of a feature that had none', () => {
    const feature: EventFeature = createEventFeature({ id: 'x' });
    delete feature.id;

    const [event] = roundTrip([feature]);

    expect(event).not.toHaveProperty('id');
    expect(event?.properties.id).toBe('x');
  });

  test('reads one field without making the event', () => {
    const store = records([
      createEventFeature({ id: 'a', city: 'Hangzhou', participants: null }),
      createEventFeature({ id: 'b', city: null, participants: 300, year: 2019 }),
    ]);

    expect([store.read(0, 'city'), store.read(1, 'city')]).toEqual(['Hangzhou', null]);
    expect([store.read(0, 'participants'), store.read(1, 'participants')]).toEqual([null, 300]);
    expect(store.read(1, 'year')).toBe(2019);
    expect(store.id(1)).toBe('b');
  });

  test('keeps each repeated string once, so events share it', () => {
    const builder = new EventStoreBuilder();
    builder.add([createEventFeature({ id: 'a', province: 'Zhejiang' })]);
    builder.add([createEventFeature({ id: 'b', province: ['Zhe', 'jiang'].join('') })]);
    const store = builder.finish();

    expect(Object.is(store.read(0, 'province'), store.read(1, 'province'))).toBe(true);
  });
});
