import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import themesFile from '../../data/themes.json' with { type: 'json' };
import { EVENT_PROPERTY_KEYS, type EventCollection, type EventFeature } from './event.ts';
import { createEventFeature } from './event-fixture.ts';
import { EventRecordsBuilder } from './event-records.ts';
import { createEdgeFeatures } from './synth/edge-features.ts';
import { synthEvents } from './synth/synth-event.ts';

function roundTrip(features: readonly EventFeature[]): EventFeature[] {
  const builder = new EventRecordsBuilder();
  for (const f of features) builder.add(f);
  const records = builder.finish();
  return Array.from({ length: records.size }, (_, i) => records.event(i));
}

function readDataset(path: string): EventFeature[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as EventCollection).features;
}

const themes = themesFile.themes.map(({ slug, label }) => ({ slug, label }));

describe('EventRecordsBuilder', () => {
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
    const builder = new EventRecordsBuilder();
    builder.add(createEventFeature({ id: 'a', city: 'Hangzhou', participants: null }));
    builder.add(createEventFeature({ id: 'b', city: null, participants: 300, year: 2019 }));
    const records = builder.finish();

    expect([records.read(0, 'city'), records.read(1, 'city')]).toEqual(['Hangzhou', null]);
    expect([records.read(0, 'participants'), records.read(1, 'participants')]).toEqual([null, 300]);
    expect(records.read(1, 'year')).toBe(2019);
    expect(records.id(1)).toBe('b');
  });

  test('keeps each repeated string once, so events share it', () => {
    const builder = new EventRecordsBuilder();
    builder.add(createEventFeature({ id: 'a', province: 'Zhejiang' }));
    builder.add(createEventFeature({ id: 'b', province: ['Zhe', 'jiang'].join('') }));
    const records = builder.finish();

    expect(Object.is(records.read(0, 'province'), records.read(1, 'province'))).toBe(true);
  });
});
