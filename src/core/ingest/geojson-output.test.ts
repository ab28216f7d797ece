import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import type { EventProperties } from '../event.ts';
import { EVENT_PROPERTY_KEYS } from '../event.ts';
import { createBareEventProperties } from '../event-fixture.ts';
import { serialiseEvents } from './geojson-output.ts';
import type { OutputEvent } from './geojson-output.ts';

function createEvent(
  props: Partial<EventProperties>,
  coordinates: [number, number] | null,
): OutputEvent {
  return {
    properties: createBareEventProperties({
      themes: ['ai'],
      sources: [{ title: 'T', file: 'a.txt', published: null, outlet: null, url: null }],
      ...props,
    }),
    coordinates,
  };
}

function createEvents(): OutputEvent[] {
  return [
    createEvent({ id: 'ev-c', name: 'Undated Forum' }, null),
    createEvent(
      { id: 'ev-b', name: 'Zeta Expo', start: '2023-09-20', confidence: 0.8333333 },
      [121.1666666, 31.2999999],
    ),
    createEvent({ id: 'ev-a', name: 'Alpha Summit', start: '2023-09-20' }, [-0.00000001, 51.5]),
  ];
}

describe('serialiseEvents', () => {
  it('passes an RFC 7946 validator, with null geometry for unplaced events', () => {
    const text = serialiseEvents(createEvents());
    expect(() => check(text)).not.toThrow();
    expect(text).toContain('"geometry": null');
  });

  it('sorts features by start (undated last), then name', () => {
    const parsed = JSON.parse(serialiseEvents(createEvents())) as { features: { id: string }[] };
    expect(parsed.features.map((f) => f.id)).toEqual(['ev-a', 'ev-b', 'ev-c']);
  });

  it('is byte-identical whatever the input order', () => {
    expect(serialiseEvents(createEvents().reverse())).toBe(serialiseEvents(createEvents()));
  });

  it('rounds coordinates to 5 decimals and confidence to 2, without negative zero', () => {
    const text = serialiseEvents(createEvents());
    expect(text).toMatch(/121\.16667,\s+31\.3\s/);
    expect(text).toMatch(/"coordinates": \[\s+0,\s+51\.5\s+\]/);
    expect(text).toContain('"confidence": 0.83');
  });

  it('writes properties and source fields in the documented order', () => {
    const parsed = JSON.parse(serialiseEvents(createEvents())) as {
      features: { properties: Record<string, unknown> & { sources: Record<string, unknown>[] } }[];
    };
    const first = parsed.features[0];
    expect(Object.keys(first?.properties ?? {})).toEqual([...EVENT_PROPERTY_KEYS]);
    expect(Object.keys(first?.properties.sources[0] ?? {})).toEqual([
      'file',
      'url',
      'outlet',
      'published',
      'title',
    ]);
  });

  it('ends with a newline', () => {
    expect(serialiseEvents([]).endsWith('}\n')).toBe(true);
  });
});
