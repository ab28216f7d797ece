import { describe, expect, it } from 'vitest';
import { createEventFeature } from './event-fixture.ts';
import { eventById, indexOfEventId } from './event-id-index.ts';
import { buildEventStore } from './event-store.ts';

describe('indexOfEventId', () => {
  it('finds the store index of an id', () => {
    const store = buildEventStore([
      createEventFeature({ id: 'a' }),
      createEventFeature({ id: 'b' }),
    ]);
    expect(indexOfEventId(store, 'b')).toBe(1);
  });

  it('answers -1 for an unknown or missing id', () => {
    const store = buildEventStore([createEventFeature({ id: 'a' })]);
    expect(indexOfEventId(store, 'zzz')).toBe(-1);
    expect(indexOfEventId(store, null)).toBe(-1);
  });

  it('keeps the first event of a duplicated id', () => {
    const store = buildEventStore([
      createEventFeature({ id: 'a', name: 'first' }),
      createEventFeature({ id: 'a', name: 'second' }),
    ]);
    expect(indexOfEventId(store, 'a')).toBe(0);
  });
});

describe('eventById', () => {
  it('returns the event with the id, or null', () => {
    const store = buildEventStore([createEventFeature({ id: 'a', name: 'Forum' })]);
    expect(eventById(store, 'a')?.properties.name).toBe('Forum');
    expect(eventById(store, 'b')).toBeNull();
    expect(eventById(store, null)).toBeNull();
  });
});
