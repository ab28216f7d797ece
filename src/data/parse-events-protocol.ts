// Messages between the page and the parsing worker (parse-events.worker.ts).
import type { EventChunk } from '../core/event-chunk.ts';
import type { StreamSummary } from './events-stream-reader.ts';

export interface ParseEventsRequest {
  /** Absolute: the worker resolves relative URLs against its own script, not the page. */
  url: string;
}

export type ParseEventsReply =
  /**
   * Events encoded in the worker, so the page neither parses features nor looks strings up in
   * dictionaries; the chunk's typed arrays are transferred.
   */
  | { type: 'chunk'; chunk: EventChunk }
  | ({ type: 'done' } & StreamSummary)
  | { type: 'error'; name: string; message: string; transient: boolean };
