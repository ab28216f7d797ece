// Fetches an events dataset and reads it as it streams in: the body is decoded chunk by chunk and
// split into features (events-stream-reader.ts), never held as one string. The same code runs in
// the parsing worker and, where there is no Worker (tests), on the page.
import type { EventFeature } from '../core/event.ts';
import { DatasetLoadError, describeUrl } from './dataset-load-error.ts';
import { createEventsStreamReader, type StreamSummary } from './events-stream-reader.ts';
import { JsonSyntaxError } from './feature-splitter.ts';

export interface LoadEventsOptions {
  signal?: AbortSignal;
  /** Features per batch handed to `onBatch`. */
  batchSize: number;
  onBatch: (features: EventFeature[]) => void;
}

export async function loadEvents(url: string, options: LoadEventsOptions): Promise<StreamSummary> {
  const { signal } = options;
  let response: Response;
  try {
    response = await fetch(url, { signal });
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
  return readEventsBody(response, url, options);
}

/** Reads a fetched dataset's body; `url` only names it in errors. */
export async function readEventsBody(
  response: Response,
  url: string,
  options: LoadEventsOptions,
): Promise<StreamSummary> {
  const { signal } = options;
  const reader = createEventsStreamReader(options.batchSize, options.onBatch);
  try {
    await readText(response, (text) => {
      reader.push(text);
    });
    return reader.end();
  } catch (err) {
    if (err instanceof JsonSyntaxError) {
      throw new DatasetLoadError(`${describeUrl(url)} is not valid JSON: ${err.message}.`, {
        cause: err,
      });
    }
    if (signal?.aborted === true || !(err instanceof TypeError)) throw err;
    // The connection broke mid-body.
    throw new DatasetLoadError(`Could not read all of ${describeUrl(url)}.`, {
      cause: err,
      transient: true,
    });
  }
}

async function readText(response: Response, push: (text: string) => void): Promise<void> {
  if (response.body === null) {
    push(await response.text());
    return;
  }
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    push(decoder.decode(value, { stream: true }));
  }
  push(decoder.decode());
}
