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

describe('indexOfEventId, asked again and again', () => {
  it('answers every id right, more ids than it remembers, in any order', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `e${String(i)}`);
    const store = buildEventStore(ids.map((id) => createEventFeature({ id })));
    const order = [...ids, ...[...ids].reverse(), 'missing', ...ids.filter((_, i) => i % 3 === 0)];

    expect(order.map((id) => indexOfEventId(store, id))).toEqual(
      order.map((id) => ids.indexOf(id)),
    );
  });

  it('keeps the answers of each store apart', () => {
    const first = buildEventStore([
      createEventFeature({ id: 'a' }),
      createEventFeature({ id: 'b' }),
    ]);
    const second = buildEventStore([createEventFeature({ id: 'b' })]);

    expect([indexOfEventId(first, 'b'), indexOfEventId(second, 'b')]).toEqual([1, 0]);
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
