// Messages between the page and the parsing worker (parse-events.worker.ts).
import type { StreamSummary } from './events-stream-reader.ts';

export interface ParseEventsRequest {
  /** Absolute: the worker resolves relative URLs against its own script, not the page. */
  url: string;
}

export type ParseEventsReply =
  /**
   * Features as JSON text: the page's JSON.parse of it costs about half of deserialising the same
   * features from a structured clone (measured with node:v8 on the 100k bench dataset), and the
   * string itself is copied flat.
   */
  | { type: 'batch'; json: string }
  | ({ type: 'done' } & StreamSummary)
  | { type: 'error'; name: string; message: string; transient: boolean };
