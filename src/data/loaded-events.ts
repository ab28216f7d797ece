// What loading a dataset gives the app: its events as a columnar store, and what reading found.
import type { LoadSummary } from '../core/dataset-loader.ts';
import type { EventStore } from '../core/event-store.ts';

export interface LoadedEvents {
  /** Built chunk by chunk while the records were read; the records themselves are not kept. */
  store: EventStore;
  summary: LoadSummary;
}
