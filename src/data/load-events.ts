// Fetches an events dataset and reads it as it streams in: the body is decoded chunk by chunk and
// split into features (events-stream-reader.ts), never held as one string. The same code runs in
// the parsing worker and, where there is no Worker (tests), on the page.
import type { EventFeature } from '../core/event.ts';
import { DatasetLoadError, describeUrl } from './dataset-load-error.ts';
import type { PartWindow } from './byte-parts.ts';
import {
  createEventsStreamReader,
  type EventsStreamReader,
  type StreamSummary,
} from './events-stream-reader.ts';
import { JsonSyntaxError } from './feature-splitter.ts';

export interface LoadEventsOptions {
  signal?: AbortSignal;
  /** Features per batch handed to `onBatch`. */
  batchSize: number;
  onBatch: (features: EventFeature[]) => void;
}

export async function loadEvents(url: string, options: LoadEventsOptions): Promise<StreamSummary> {
  return readEventsBody(await fetchDataset(url, options.signal), url, options);
}

/**
 * Fetches the dataset and checks the answer. With `range`, asks for its bytes from `range.from`
 * on, if it is still the version `range.version` names (an ETag or a date; a server sends the
 * whole file otherwise).
 */
export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  range?: { from: number; version: string | null },
): Promise<Response> {
  let response: Response;
  try {
    const headers: Record<string, string> = {};
    if (range) {
      headers.range = `bytes=${String(range.from)}-`;
      if (range.version !== null) headers['if-range'] = range.version;
    }
    response = await fetch(url, { signal, headers });
  } catch (err) {
    if (signal?.aborted === true) throw err;
    throw new DatasetLoadError(`Could not reach ${describeUrl(url)}.`, {
      cause: err,
      transient: true,
    });
  }
  if (!response.ok) {
    throw new DatasetLoadError(
      `${describeUrl(url)} answered ${response.status} ${response.statusText}`.trim() + '.',
      { transient: response.status >= 500 },
    );
  }
  return response;
}

/** Reads a fetched dataset's body; `url` only names it in errors. */
export async function readEventsBody(
  response: Response,
  url: string,
  options: LoadEventsOptions,
): Promise<StreamSummary> {
  const reader = createEventsStreamReader(options.batchSize, options.onBatch);
  try {
    await readText(response, (text) => {
      reader.push(text);
    });
    return reader.end();
  } catch (err) {
    throw asLoadError(err, url, options.signal);
  }
}

/**
 * Pushes the text of the bytes `window` keeps (byte-parts.ts) to `reader`, from a body that starts
 * at the window's first byte to fetch, and stops reading once the window has passed. Returns the
 * number of UTF-16 characters pushed. Errors are the reader's own (positions within the part).
 */
export async function readBodyPart(
  response: Response,
  window: PartWindow,
  reader: EventsStreamReader,
): Promise<number> {
  let chars = 0;
  await readText(
    response,
    (text) => {
      chars += text.length;
      reader.push(text);
    },
    window,
  );
  return chars;
}

/** A reading error as the error panel shows it: bad JSON and broken connections name the file. */
export function asLoadError(err: unknown, url: string, signal?: AbortSignal): unknown {
  if (err instanceof JsonSyntaxError) {
    return new DatasetLoadError(`${describeUrl(url)} is not valid JSON: ${err.message}.`, {
      cause: err,
    });
  }
  if (signal?.aborted === true || !(err instanceof TypeError)) return err;
  // The connection broke mid-body.
  return new DatasetLoadError(`Could not read all of ${describeUrl(url)}.`, {
    cause: err,
    transient: true,
  });
}

async function readText(
  response: Response,
  push: (text: string) => void,
  window?: PartWindow,
): Promise<void> {
  // A byte order mark is dropped at the start of the file only: inside it, it is bad JSON.
  const decoder = new TextDecoder('utf-8', {
    ignoreBOM: window !== undefined && !window.atFileStart,
  });
  if (response.body === null) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    push(decoder.decode(window ? window.take(bytes) : bytes));
    return;
  }
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    push(decoder.decode(window ? window.take(value) : value, { stream: true }));
    if (window?.done === true) {
      await reader.cancel();
      break;
    }
  }
  push(decoder.decode());
}
