// What loading a dataset gives the app: its events as a columnar store, and what was skipped.
import type { EventStore } from '../core/event-store.ts';
import type { ReadEventsResult } from '../core/read-events.ts';

export interface LoadedEvents extends Omit<ReadEventsResult, 'collection'> {
  /** Built batch by batch while the features were read; the features themselves are not kept. */
  store: EventStore;
}
