// The parsing worker's work for one request, apart from the worker itself so that tests can run
// the same protocol in-process: load the dataset, post its events in column chunks, then the
// totals or the error as plain fields.
import { chunkBuffers } from '../core/event-chunk.ts';
import { EventEncoder } from '../core/event-encoder.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import { loadEvents } from './load-events.ts';
import type { ParseEventsReply, ParseEventsRequest } from './parse-events-protocol.ts';

/** Events per message: the page appends each in one short task. */
export const workerBatchSize = 2500;

export async function serveParseRequest(
  request: ParseEventsRequest,
  post: (reply: ParseEventsReply, transfer: Transferable[]) => void,
  batchSize = workerBatchSize,
): Promise<void> {
  const encoder = new EventEncoder();
  try {
    const summary = await loadEvents(request.url, {
      batchSize,
      onBatch: (features) => {
        const chunk = encoder.encode(features);
        post({ type: 'chunk', chunk }, chunkBuffers(chunk));
      },
    });
    post({ type: 'done', ...summary }, []);
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    post(
      {
        type: 'error',
        name: error.name,
        message: error.message,
        transient: error instanceof DatasetLoadError && error.transient,
      },
      [],
    );
  }
}
