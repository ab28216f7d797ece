// Messages between the page and the parsing worker (parse-events.worker.ts), and between that
// worker and its helpers, which read later parts of a large dataset at the same time
// (read-in-parts.ts).
import type { EventChunk } from '../core/event-chunk.ts';
import type { PartSummary, StreamSummary } from './events-stream-reader.ts';

export interface ParseEventsRequest {
  /** Absolute: the worker resolves relative URLs against its own script, not the page. */
  url: string;
  /** How many helper workers the page may start for a large dataset. */
  helpers?: number;
}

/** The page's answer to `helpers-wanted`: ports to the helpers started (HelpRequest). */
export interface HelpersStarted {
  ports: MessagePort[];
}

/** Makes a worker a helper that reads the parts it is asked for on `port`. */
export interface HelpRequest {
  help: MessagePort;
}

export type ParseEventsReply =
  /**
   * Events encoded in the worker, so the page neither parses features nor looks strings up in
   * dictionaries; the chunk's typed arrays are transferred.
   */
  | { type: 'chunk'; chunk: EventChunk }
  /** The dataset is large: start this many helpers and send their ports (HelpersStarted). */
  | { type: 'helpers-wanted'; count: number }
  /** Drop the events sent so far: the dataset is read again from its start, by one reader. */
  | { type: 'restart' }
  | ({ type: 'done' } & StreamSummary)
  | { type: 'error'; name: string; message: string; transient: boolean };

/** A part of the dataset (byte-parts.ts): `to` null is the end of the file. */
export interface PartRequest {
  url: string;
  from: number;
  to: number | null;
  /** The file's length and version (ETag or Last-Modified) when the reading worker fetched it. */
  length: number;
  version: string | null;
}

export type PartReply =
  /** Encoded with the helper's own dictionaries (adopted by the reading worker). */
  | { type: 'chunk'; chunk: EventChunk }
  /** `chars`: UTF-16 characters in the part, to place its positions in the whole text. */
  | ({ type: 'part-done'; chars: number } & PartSummary)
  /** Bad JSON in the part; `position` counts from the part's start. */
  | { type: 'part-syntax-error'; reason: string; position: number; exact: boolean }
  /** The part says the file is not an events collection. */
  | { type: 'part-invalid'; message: string }
  /**
   * The part could not be read as a part (no byte ranges, a lost connection, …). `changed`: the
   * server answered with another version or length of the file than the reading worker's.
   */
  | { type: 'part-failed'; message: string; changed: boolean };
