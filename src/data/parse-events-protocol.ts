// Messages between the page and the parsing worker (parse-events.worker.ts).
import type { EventFeature } from '../core/event.ts';
import type { StreamSummary } from './events-stream-reader.ts';

export interface ParseEventsRequest {
  /** Absolute: the worker resolves relative URLs against its own script, not the page. */
  url: string;
}

export type ParseEventsReply =
  | { type: 'batch'; features: EventFeature[] }
  | ({ type: 'done' } & StreamSummary)
  | { type: 'error'; name: string; message: string; transient: boolean };
