// Event id to store index, built once per store: selection travels as an id (URL, map, table)
// while every view reads the store by index.
import type { EventStore } from './event-store.ts';
import type { EventFeature } from './event.ts';

const cache = new WeakMap<EventStore, ReadonlyMap<string, number>>();

/** Store index of the event with this id; -1 when absent (a stale `sel=` in a shared link). */
export function indexOfEventId(store: EventStore, id: string | null): number {
  if (id === null) return -1;
  let byId = cache.get(store);
  if (byId === undefined) {
    const map = new Map<string, number>();
    for (let i = 0; i < store.size; i++) {
      const eventId = store.id(i);
      if (!map.has(eventId)) map.set(eventId, i);
    }
    byId = map;
    cache.set(store, byId);
  }
  return byId.get(id) ?? -1;
}

/** The event with this id, or null (no selection, or an id the dataset does not hold). */
export function eventById(store: EventStore, id: string | null): EventFeature | null {
  return store.event(indexOfEventId(store, id)) ?? null;
}
