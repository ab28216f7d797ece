// Datasets written as Event Atlas columns (src/core/columns-file.ts): told apart from GeoJSON by
// their first bytes, whatever their name (a dropped file's blob: URL has none), and read straight
// into chunks as they stream in.
import {
  ColumnsFileError,
  ColumnsFileReader,
  looksLikeColumnsFile,
} from '../core/columns-file-reader.ts';
import { columnsMagic } from '../core/columns-file.ts';
import type { EventChunk } from '../core/event-chunk.ts';
import { DatasetLoadError, describeUrl } from './dataset-load-error.ts';
import type { StreamSummary } from './events-stream-reader.ts';
import { asLoadError } from './load-events.ts';

/**
 * Reads the response's first bytes: `columns` when they start a columns file, and a response that
 * still holds the whole body either way.
 */
export async function sniffColumns(
  response: Response,
): Promise<{ columns: boolean; response: Response }> {
  if (response.body === null) return { columns: false, response };
  const reader = response.body.getReader();
  const start: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < columnsMagic.length && !done) {
    const next = await reader.read();
    done = next.done;
    if (next.value !== undefined) {
      start.push(next.value);
      length += next.value.length;
    }
  }
  const first = new Uint8Array(length);
  let at = 0;
  for (const piece of start) {
    first.set(piece, at);
    at += piece.length;
  }
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.length > 0) controller.enqueue(first);
      if (done) controller.close();
    },
    async pull(controller) {
      const next = await reader.read();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  const replay = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  return {
    columns: length >= columnsMagic.length && looksLikeColumnsFile(first),
    response: replay,
  };
}

/** Reads a columns file's body, handing on each chunk as it is checked; `url` names it in errors. */
export async function readColumnsBody(
  response: Response,
  url: string,
  onChunk: (chunk: EventChunk) => void,
): Promise<StreamSummary> {
  const reader = new ColumnsFileReader(onChunk);
  try {
    if (response.body === null) {
      reader.push(new Uint8Array(await response.arrayBuffer()));
    } else {
      const body = response.body.getReader();
      for (;;) {
        const { done, value } = await body.read();
        if (done) break;
        reader.push(value);
      }
    }
    return reader.end();
  } catch (err) {
    if (err instanceof ColumnsFileError) {
      throw new DatasetLoadError(
        `${describeUrl(url)} is an Event Atlas columns file that cannot be read: ${err.message}. ` +
          'Write it again from its GeoJSON with `npm run pack-columns`, or load the GeoJSON itself.',
        { cause: err },
      );
    }
    throw asLoadError(err, url);
  }
}
