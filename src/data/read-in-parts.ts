// A large dataset read by several workers at once: this worker reads the first part of the file
// while helpers read the others (byte-parts.ts), each as if the file had been read up to there.
// Their events come back encoded with the helpers' own dictionaries; this worker holds them back
// until every earlier part has been sent, then adopts them into its own dictionaries in order, so
// the page gets what one reader would have sent, dictionary ids included. When a guess a helper made does not hold (its
// part does not start between two features, or it holds an id an earlier part has), the file is
// read again by one reader.
import type { EventChunk } from '../core/event-chunk.ts';
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

interface HelperPart {
  /** Its chunks, held until the parts before have been sent. */
  held: EventChunk[];
  end: Promise<Exclude<PartReply, { type: 'chunk' }>>;
}

/**
 * Reads `response` (the whole file) up to the second of `starts`, and has the helpers read the
 * parts from each later start, one each, once they have started.
 */
export async function readInParts(
  response: Response,
  url: string,
  starts: readonly number[],
  helpers: Promise<readonly PartHelper[]>,
  sender: ChunkSender,
  encodeSize: number,
  signal?: AbortSignal,
): Promise<StreamSummary | typeof readAgain> {
  const failed = { type: 'part-failed', message: 'No helper started.' } as const;
  const parts = starts.slice(1).map((from, k): HelperPart => {
    const held: EventChunk[] = [];
    const end = helpers.then(
      (started) =>
        new Promise<Exclude<PartReply, { type: 'chunk' }>>((resolve) => {
          const helper = started[k];
          if (helper === undefined) {
            resolve(failed);
            return;
          }
          helper.read({ url, from, to: starts[k + 2] ?? null }, (reply) => {
            if (reply.type === 'chunk') held.push(reply.chunk);
            else resolve(reply);
          });
        }),
      () => failed,
    );
    return { held, end };
  });
  const stopHelpers = (): void => {
    void helpers.then(
      (started) => {
        for (const helper of started) helper.stop();
      },
      () => undefined,
    );
  };
  const own = createEventsStreamReader(encodeSize, sender.encode);
  let first: PartSummary;
  let chars: number;
  try {
    chars = await readBodyPart(response, new PartWindow(0, starts[1] ?? null), own);
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
    const end = await part.end;
    if (!betweenFeatures || end.type === 'part-failed') {
      stopHelpers();
      return readAgain;
    }
    if (end.type === 'part-syntax-error') {
      stopHelpers();
      const error = new JsonSyntaxError(end.reason, chars + end.position, end.exact);
      throw asLoadError(error, url, signal);
    }
    if (end.type === 'part-invalid') {
      stopHelpers();
      throw new InvalidDatasetError(end.message);
    }
    for (const chunk of part.held) {
      for (const id of chunk.ids) {
        if (own.ids.has(id) || taken.has(id)) {
          stopHelpers();
          return readAgain;
        }
        taken.add(id);
      }
    }
    const foreign = new ForeignIds();
    // Shifted out, so that what has been sent is not kept.
    for (let chunk = part.held.shift(); chunk; chunk = part.held.shift()) {
      sender.adopt(chunk, foreign);
    }
    const read = total.kept + total.skipped;
    for (const problem of end.problems) {
      if (total.problems.length < maxReasons) {
        total.problems.push({ ...problem, index: problem.index + read });
      }
    }
    total.kept += end.kept;
    total.skipped += end.skipped;
    chars += end.chars;
    if (end.collectionType !== undefined) type = end.collectionType;
    betweenFeatures = end.betweenFeatures;
  }
  if (type !== 'FeatureCollection') throw new InvalidDatasetError(notACollection);
  return total;
}
