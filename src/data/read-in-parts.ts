// A large dataset read by several workers at once: this worker reads the first part of the file
// while helpers read the others (byte-parts.ts), each as if the file had been read up to there.
// Their events come back encoded with the helpers' own dictionaries; this worker holds them back
// until every earlier part has been sent, then adopts them into its own dictionaries in order, so
// the page gets what one reader would have sent, dictionary ids included. When a guess a helper
// made does not hold (its part does not start between two features, or it holds an id an earlier
// part has), or a helper cannot read its part, the file is read again by one reader; a helper that
// cannot read its part while this worker still reads the first makes this worker read on alone.
import { ForeignIds } from '../core/event-encoder.ts';
import { InvalidDatasetError } from '../core/read-events.ts';
import { PartWindow } from './byte-parts.ts';
import type { ChunkSender } from './chunk-sender.ts';
import {
  createEventsStreamReader,
  notACollection,
  type PartSummary,
  type StreamSummary,
} from './events-stream-reader.ts';
import { JsonSyntaxError } from './feature-splitter.ts';
import { asLoadError, readBodyPart } from './load-events.ts';
import type { PartReply, PartRequest } from './parse-events-protocol.ts';

/** A helper worker (or, in tests, a function in this thread). */
export interface PartHelper {
  /** Asks for a part: replies come to `onReply`, its chunks first, then one final reply. */
  read: (request: PartRequest, onReply: (reply: PartReply) => void) => void;
  /** Stops the part being read, whose replies are no longer wanted. */
  stop: () => void;
}

/** The file has to be read again by one reader. */
export const readAgain = Symbol('read again');

/** Skipped features whose reasons are kept (as readEvents). */
const maxReasons = 100;

type PartEnd = Exclude<PartReply, { type: 'chunk' }>;

/** A helper's replies for its part, taken in order as they arrive. */
class PartReplies {
  private readonly queue: PartReply[] = [];
  private wake: (() => void) | null = null;

  push(reply: PartReply): void {
    this.queue.push(reply);
    this.wake?.();
    this.wake = null;
  }

  async next(): Promise<PartReply> {
    while (this.queue.length === 0) {
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
    return this.queue.shift() as PartReply;
  }
}

/**
 * Reads `response` (the whole file) up to the second of `starts`, and has the helpers read the
 * parts from each later start, one each, once they have started. A part's chunks are adopted and
 * sent as they arrive once every part before it has been sent.
 */
export async function readInParts(
  response: Response,
  file: { url: string; starts: readonly number[]; length: number; version: string | null },
  helpers: Promise<readonly PartHelper[]>,
  sender: ChunkSender,
  encodeSize: number,
  signal?: AbortSignal,
): Promise<StreamSummary | typeof readAgain> {
  const { url, starts, length, version } = file;
  const window = new PartWindow(0, starts[1] ?? null);
  // A helper that cannot read its part of this same file while this worker is still reading its
  // own: this worker reads on to the end instead, alone, rather than read its part again later.
  const received = (replies: PartReplies, reply: PartReply): void => {
    if (reply.type === 'part-failed' && !reply.changed && window.extend()) stopHelpers();
    replies.push(reply);
  };
  const failed = { type: 'part-failed', message: 'No helper started.', changed: false } as const;
  const parts = starts.slice(1).map((from, k) => {
    const replies = new PartReplies();
    helpers.then(
      (started) => {
        const helper = started[k];
        if (helper === undefined) received(replies, failed);
        else {
          const to = starts[k + 2] ?? null;
          helper.read({ url, from, to, length, version }, (reply) => {
            received(replies, reply);
          });
        }
      },
      () => {
        received(replies, failed);
      },
    );
    return replies;
  });
  function stopHelpers(): void {
    void helpers.then(
      (started) => {
        for (const helper of started) helper.stop();
      },
      () => undefined,
    );
  }
  const own = createEventsStreamReader(encodeSize, sender.encode);
  let first: PartSummary;
  let chars: number;
  try {
    chars = await readBodyPart(response, window, own);
    if (window.extended) return own.end();
    first = own.endPart(false);
  } catch (err) {
    stopHelpers();
    throw asLoadError(err, url, signal);
  }
  const total: StreamSummary = {
    kept: first.kept,
    skipped: first.skipped,
    problems: first.problems,
  };
  let type = first.collectionType;
  let betweenFeatures = first.betweenFeatures;
  const taken = new Set<string>();
  for (const part of parts) {
    if (!betweenFeatures) {
      stopHelpers();
      return readAgain;
    }
    const foreign = new ForeignIds();
    let reply = await part.next();
    for (; reply.type === 'chunk'; reply = await part.next()) {
      for (const id of reply.chunk.ids) {
        if (own.ids.has(id) || taken.has(id)) {
          stopHelpers();
          return readAgain;
        }
        taken.add(id);
      }
      sender.adopt(reply.chunk, foreign);
    }
    const end: PartEnd = reply;
    if (end.type !== 'part-done') {
      stopHelpers();
      if (end.type === 'part-failed') return readAgain;
      if (end.type === 'part-invalid') throw new InvalidDatasetError(end.message);
      const error = new JsonSyntaxError(end.reason, chars + end.position, end.exact);
      throw asLoadError(error, url, signal);
    }
    addPart(total, end);
    chars += end.chars;
    if (end.collectionType !== undefined) type = end.collectionType;
    betweenFeatures = end.betweenFeatures;
  }
  if (type !== 'FeatureCollection') throw new InvalidDatasetError(notACollection);
  return total;
}

/** Adds a later part's totals; its skipped features are numbered on from the parts before. */
function addPart(total: StreamSummary, part: StreamSummary): void {
  const read = total.kept + total.skipped;
  for (const problem of part.problems) {
    if (total.problems.length < maxReasons) {
      total.problems.push({ ...problem, index: problem.index + read });
    }
  }
  total.kept += part.kept;
  total.skipped += part.skipped;
}
