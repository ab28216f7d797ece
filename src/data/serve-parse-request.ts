// The parsing worker's work for one request, apart from the worker itself so that tests can run
// the same protocol in-process: load the dataset, post its events in column chunks, then the
// totals or the error as plain fields.
import { chunkBuffers, joinChunks, type EventChunk } from '../core/event-chunk.ts';
import { EventEncoder } from '../core/event-encoder.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import { loadEvents } from './load-events.ts';
import type { ParseEventsReply, ParseEventsRequest } from './parse-events-protocol.ts';

/** Events per message: the page appends each in one short task. */
export const workerBatchSize = 2500;

/**
 * Features encoded at a time. Parsed features are dropped once encoded; kept for a whole message
 * they outlive a young-generation collection and are copied to the old one (a million events read
 * in 10 s instead of 7 s in Node).
 */
export const encodeBatchSize = 100;

export async function serveParseRequest(
  request: ParseEventsRequest,
  post: (reply: ParseEventsReply, transfer: Transferable[]) => void,
  batchSize = workerBatchSize,
  encodeSize = encodeBatchSize,
): Promise<void> {
  const encoder = new EventEncoder();
  let pending: EventChunk[] = [];
  let pendingSize = 0;
  const send = (): void => {
    if (pending.length === 0) return;
    const chunk = pending.length === 1 ? (pending[0] as EventChunk) : joinChunks(pending);
    pending = [];
    pendingSize = 0;
    post({ type: 'chunk', chunk }, chunkBuffers(chunk));
  };
  try {
    const summary = await loadEvents(request.url, {
      batchSize: Math.min(batchSize, encodeSize),
      onBatch: (features) => {
        const chunk = encoder.encode(features);
        pending.push(chunk);
        pendingSize += chunk.size;
        if (pendingSize >= batchSize) send();
      },
    });
    send();
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
