// Event id to store index: selection travels as an id (URL, map, table) while every view reads the
// store by index. A lookup scans the ids and remembers its answer. At a million events a scan takes
// ~15 ms, where an index of every id took ~235 ms to build, all in the task of the first click.
import type { EventStore } from './event-store.ts';
import type { EventFeature } from './event.ts';

/** Answers kept per store: the selection and the few before it. */
const remembered = 16;
const answers = new WeakMap<EventStore, Map<string, number>>();

/** Store index of the event with this id; -1 when absent (a stale `sel=` in a shared link). */
export function indexOfEventId(store: EventStore, id: string | null): number {
  if (id === null) return -1;
  let known = answers.get(store);
  if (known === undefined) {
    known = new Map();
    answers.set(store, known);
  }
  const answer = known.get(id);
  if (answer !== undefined) return answer;
  let found = -1;
  for (let i = 0; i < store.size; i++) {
    if (store.id(i) === id) {
      found = i;
      break;
    }
  }
  if (known.size >= remembered) {
    for (const oldest of known.keys()) {
      known.delete(oldest);
      break;
    }
  }
  known.set(id, found);
  return found;
}

/** The event with this id, or null (no selection, or an id the dataset does not hold). */
export function eventById(store: EventStore, id: string | null): EventFeature | null {
  return store.event(indexOfEventId(store, id)) ?? null;
}
