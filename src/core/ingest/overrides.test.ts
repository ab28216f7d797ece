import { describe, expect, it } from 'vitest';
import type { EventProperties } from '../event.ts';
import { applyOverrides, parseOverrides } from './overrides.ts';
import type { OverridableEvent } from './overrides.ts';

function createEvent(props: Partial<EventProperties> = {}): OverridableEvent {
  return {
    properties: {
      id: 'ev-000000000001',
      name: 'Digital China Summit',
      role: 'reported',
      start: '2023-04-27',
      end: '2023-04-28',
      date_precision: 'day',
      year: 2023,
      themes: ['digital-economy'],
      place: 'Fuzhou',
      venue: null,
      town: null,
      district: null,
      city: 'Fuzhou',
      province: 'Fujian',
      country: 'CN',
      location_precision: 'city',
      geocoder: 'geonames:1810821',
      confidence: 0.6,
      format: null,
      status: 'held',
      participants: null,
      participants_text: null,
      organisers: [],
      sources: [],
      evidence: { date: null, place: null },
      ...props,
    },
    coordinates: [119.30611, 26.06139],
  };
}

describe('parseOverrides', () => {
  it('reads id, set and reason', () => {
    const parsed = parseOverrides(
      '[{"id":"ev-1","set":{"venue":"Strait Expo Center"},"reason":"named on the event site"}]',
    );
    expect(parsed).toEqual({
      overrides: [
        { id: 'ev-1', set: { venue: 'Strait Expo Center' }, reason: 'named on the event site' },
      ],
      warnings: [],
      error: null,
    });
  });

  it('reports malformed JSON with its line and column, and returns no override', () => {
    const parsed = parseOverrides(
      '[\n  {"id": "ev-1", "set": {}, "reason": "x"}\n  {"id": "ev-2"}\n]',
    );
    expect(parsed.overrides).toEqual([]);
    expect(parsed.error).toMatch(/^invalid JSON at line 3, column 3/);
  });

  it('rejects a file that is not an array', () => {
    expect(parseOverrides('{"id": "ev-1"}').error).toBe('expected an array of { id, set, reason }');
  });

  it('skips an entry without id, keeping the others', () => {
    const parsed = parseOverrides(
      '[{"set":{}},{"id":"ev-2","set":{"city":"Xiamen"},"reason":"r"}]',
    );
    expect(parsed.overrides.map((o) => o.id)).toEqual(['ev-2']);
    expect(parsed.warnings).toEqual(['override #1: no "id" string: skipped']);
  });

  it('warns about a missing reason but keeps the override', () => {
    const parsed = parseOverrides('[{"id":"ev-1","set":{"city":"Xiamen"}}]');
    expect(parsed.overrides).toHaveLength(1);
    expect(parsed.warnings[0]).toMatch(/no "reason" given/);
  });
});

describe('applyOverrides', () => {
  it('sets a field and lists the override as applied', () => {
    const event = createEvent();
    const outcome = applyOverrides(
      [event],
      [
        {
          id: 'ev-000000000001',
          set: { venue: 'Strait Expo Center', location_precision: 'venue' },
          reason: 'r',
        },
      ],
    );
    expect(event.properties.venue).toBe('Strait Expo Center');
    expect(outcome).toEqual({
      applied: [
        {
          id: 'ev-000000000001',
          name: 'Digital China Summit',
          fields: ['venue', 'location_precision'],
          reason: 'r',
        },
      ],
      warnings: [],
    });
  });

  it('moves the point with lon and lat', () => {
    const event = createEvent();
    applyOverrides(
      [event],
      [{ id: 'ev-000000000001', set: { lon: 119.4, lat: 26.0 }, reason: 'r' }],
    );
    expect(event.coordinates).toEqual([119.4, 26.0]);
  });

  it('moves the point with a GeoJSON geometry, or removes it with null', () => {
    const moved = createEvent();
    const removed = createEvent();
    applyOverrides(
      [moved],
      [
        {
          id: 'ev-000000000001',
          set: { geometry: { type: 'Point', coordinates: [118.1, 24.5] } },
          reason: 'r',
        },
      ],
    );
    applyOverrides([removed], [{ id: 'ev-000000000001', set: { geometry: null }, reason: 'r' }]);
    expect([moved.coordinates, removed.coordinates]).toEqual([[118.1, 24.5], null]);
  });

  it('refuses half a point on an unplaced event', () => {
    const event = { ...createEvent(), coordinates: null };
    const outcome = applyOverrides(
      [event],
      [{ id: 'ev-000000000001', set: { lon: 119.4 }, reason: 'r' }],
    );
    expect(event.coordinates).toBeNull();
    expect(outcome.warnings[0]).toMatch(/set both lon and lat/);
  });

  it('recomputes the year when the start changes', () => {
    const event = createEvent();
    applyOverrides(
      [event],
      [{ id: 'ev-000000000001', set: { start: '2024-05-24', end: null }, reason: 'r' }],
    );
    expect(event.properties.year).toBe(2024);
  });

  it('warns about an unknown id and changes nothing', () => {
    const event = createEvent();
    const outcome = applyOverrides(
      [event],
      [{ id: 'ev-nope', set: { city: 'Xiamen' }, reason: 'r' }],
    );
    expect(event.properties.city).toBe('Fuzhou');
    expect(outcome.warnings).toEqual([
      'override for unknown id "ev-nope": no such event in this run',
    ]);
  });

  it('warns about an unknown field and applies the known ones', () => {
    const event = createEvent();
    const outcome = applyOverrides(
      [event],
      [{ id: 'ev-000000000001', set: { town: 'Mawei', colour: 'red' }, reason: 'r' }],
    );
    expect(event.properties.town).toBe('Mawei');
    expect(outcome.warnings).toEqual([
      'override for "ev-000000000001": unknown field "colour" (not an event field): skipped',
    ]);
  });

  it('refuses to change the id', () => {
    const outcome = applyOverrides(
      [createEvent()],
      [{ id: 'ev-000000000001', set: { id: 'ev-x' }, reason: 'r' }],
    );
    expect(outcome.warnings[0]).toMatch(/ids cannot be overridden/);
  });

  it('refuses a value of the wrong type or an impossible date', () => {
    const event = createEvent();
    const outcome = applyOverrides(
      [event],
      [{ id: 'ev-000000000001', set: { confidence: 2, start: '2023-02-30' }, reason: 'r' }],
    );
    expect(event.properties.confidence).toBe(0.6);
    expect(event.properties.start).toBe('2023-04-27');
    expect(outcome.warnings).toHaveLength(2);
    expect(outcome.applied).toEqual([]);
  });

  it('sets the status by hand, and refuses one outside the list', () => {
    const event = createEvent();
    const outcome = applyOverrides(
      [event],
      [
        { id: 'ev-000000000001', set: { status: 'cancelled' }, reason: 'organiser notice' },
        { id: 'ev-000000000001', set: { status: 'rumoured' }, reason: 'r' },
      ],
    );
    expect(event.properties.status).toBe('cancelled');
    expect(outcome.warnings).toHaveLength(1);
  });
});
