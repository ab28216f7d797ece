// The parsing worker's work for one request, apart from the worker itself so that tests can run
// the same protocol in-process: load the dataset, post its features in batches, then the totals or
// the error as plain fields.
import { DatasetLoadError } from './dataset-load-error.ts';
import { loadEvents } from './load-events.ts';
import type { ParseEventsReply, ParseEventsRequest } from './parse-events-protocol.ts';

/** Features per message: the page parses each message in one task (~2.7 MB, a few ms). */
export const workerBatchSize = 2500;

export async function serveParseRequest(
  request: ParseEventsRequest,
  post: (reply: ParseEventsReply) => void,
  batchSize = workerBatchSize,
): Promise<void> {
  try {
    const summary = await loadEvents(request.url, {
      batchSize,
      onBatch: (features) => {
        post({ type: 'batch', json: JSON.stringify(features) });
      },
    });
    post({ type: 'done', ...summary });
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    post({
      type: 'error',
      name: error.name,
      message: error.message,
      transient: error instanceof DatasetLoadError && error.transient,
    });
  }
}
