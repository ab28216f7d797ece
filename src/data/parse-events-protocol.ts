// Messages between the page and the parsing worker (parse-events.worker.ts).
import type { LoadSummary } from '../core/dataset-loader.ts';
import type { EventChunk } from '../core/event-chunk.ts';
import type { FieldMapping } from '../core/field-mapping.ts';

export interface ParseEventsRequest {
  /** Absolute: the worker resolves relative URLs against its own script, not the page. */
  url: string;
  /** The user's field mapping (`fields=` in the URL); the rest is guessed. */
  mapping: FieldMapping;
}

export type ParseEventsReply =
  /**
   * Events encoded in the worker, so the page neither parses features nor looks strings up in
   * dictionaries; the chunk's typed arrays are transferred.
   */
  | { type: 'chunk'; chunk: EventChunk }
  | { type: 'done'; summary: LoadSummary }
  | { type: 'error'; name: string; message: string; transient: boolean };
