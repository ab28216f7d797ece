// What loading a dataset gives the app: the features, their columnar store and what was skipped.
import type { EventStore } from '../core/event-store.ts';
import type { ReadEventsResult } from '../core/read-events.ts';

export interface LoadedEvents extends ReadEventsResult {
  /** Built from `collection.features` while they were read. */
  store: EventStore;
}
