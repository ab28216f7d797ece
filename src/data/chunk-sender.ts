// The parsing worker's outgoing side: encodes features a few at a time and sends them in messages
// of `batchSize` events, in order, with the dictionary entries each message's events need.
import { chunkBuffers, joinChunks, type EventChunk } from '../core/event-chunk.ts';
import type { EventFeature } from '../core/event.ts';
import { EventEncoder } from '../core/event-encoder.ts';

/** Events per message: the page appends each in one short task. */
export const workerBatchSize = 2500;

/**
 * Features encoded at a time. Parsed features are dropped once encoded; kept for a whole message
 * they outlive a young-generation collection and are copied to the old one (a million events read
 * in 10 s instead of 7 s in Node).
 */
export const encodeBatchSize = 100;

export class ChunkSender {
  private readonly encoder = new EventEncoder();
  private pending: EventChunk[] = [];
  private pendingSize = 0;
  private readonly post: (chunk: EventChunk, transfer: ArrayBuffer[]) => void;
  private readonly batchSize: number;

  constructor(post: (chunk: EventChunk, transfer: ArrayBuffer[]) => void, batchSize: number) {
    this.post = post;
    this.batchSize = batchSize;
  }

  readonly encode = (features: readonly EventFeature[]): void => {
    this.push(this.encoder.encode(features));
  };

  /** Queues a chunk of this sender's encoder after those already queued. */
  push(chunk: EventChunk): void {
    this.pending.push(chunk);
    this.pendingSize += chunk.size;
    if (this.pendingSize >= this.batchSize) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const chunk =
      this.pending.length === 1 ? (this.pending[0] as EventChunk) : joinChunks(this.pending);
    this.pending = [];
    this.pendingSize = 0;
    this.post(chunk, chunkBuffers(chunk));
  }
}
