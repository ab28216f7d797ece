// Fetches, parses and validates the dataset off the page's thread, and posts the features back in
// batches small enough that the page never spends long deserialising one message.
import './zod-config.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import { loadEvents } from './load-events.ts';
import type { ParseEventsReply, ParseEventsRequest } from './parse-events-protocol.ts';

/** Features per message: each is deserialised on the page in one task. */
const workerBatchSize = 5000;

function post(reply: ParseEventsReply): void {
  self.postMessage(reply);
}

self.addEventListener('message', (event: MessageEvent<ParseEventsRequest>) => {
  loadEvents(event.data.url, {
    batchSize: workerBatchSize,
    onBatch: (features) => {
      post({ type: 'batch', features });
    },
  }).then(
    (summary) => {
      post({ type: 'done', ...summary });
    },
    (err: unknown) => {
      const error = err instanceof Error ? err : new Error(String(err));
      post({
        type: 'error',
        name: error.name,
        message: error.message,
        transient: error instanceof DatasetLoadError && error.transient,
      });
    },
  );
});
