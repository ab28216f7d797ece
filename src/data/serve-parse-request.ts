// The parsing worker's work for one request, apart from the worker itself so that tests can run
// the same protocol in-process: load the dataset, post its events in column chunks, then the
// totals or the error as plain fields. A large GeoJSON file is read in parts with helper workers
// (read-in-parts.ts) when there are any and the server answers byte ranges; a columns file
// (read-columns-body.ts) needs no parsing and is read by this worker alone.
import { partStarts } from './byte-parts.ts';
import { ChunkSender, encodeBatchSize, workerBatchSize } from './chunk-sender.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import type { StreamSummary } from './events-stream-reader.ts';
import { fetchDataset, readEventsBody } from './load-events.ts';
import type { ParseEventsReply, ParseEventsRequest } from './parse-events-protocol.ts';
import { readColumnsBody, sniffColumns } from './read-columns-body.ts';
import { readAgain, readInParts, type PartHelper } from './read-in-parts.ts';

/** A part smaller than this is not worth a helper's start (its script, its request). */
export const minPartBytes = 8 * 1024 * 1024;

export interface ServeOptions {
  /** Events per message. */
  batchSize?: number;
  /** Features encoded at a time. */
  encodeSize?: number;
  /** Starts helper workers: at most `helperLimit`, and only for a file large enough. */
  startHelpers?: (count: number) => Promise<readonly PartHelper[]>;
  helperLimit?: number;
  /** The smallest part worth a helper. */
  partBytes?: number;
}

export async function serveParseRequest(
  request: ParseEventsRequest,
  post: (reply: ParseEventsReply, transfer: Transferable[]) => void,
  options: ServeOptions = {},
): Promise<void> {
  const {
    batchSize = workerBatchSize,
    encodeSize = encodeBatchSize,
    startHelpers = () => Promise.resolve([]),
    helperLimit = 0,
    partBytes = minPartBytes,
  } = options;
  const { url } = request;
  const sender = new ChunkSender((chunk, transfer) => {
    post({ type: 'chunk', chunk }, transfer);
  }, batchSize);
  const readWhole = async (response: Response): Promise<StreamSummary> =>
    readEventsBody(response, url, { batchSize: encodeSize, onBatch: sender.encode });
  try {
    const { columns, response } = await sniffColumns(await fetchDataset(url));
    const file = columns ? null : partsOf(response, url, helperLimit, partBytes);
    let summary = columns
      ? await readColumnsBody(response, url, (chunk) => {
          sender.push(chunk);
        })
      : file === null
        ? await readWhole(response)
        : await readInParts(
            response,
            { url, ...file },
            startHelpers(file.starts.length - 1),
            sender,
            encodeSize,
          );
    if (summary === readAgain) {
      sender.reset();
      post({ type: 'restart' }, []);
      summary = await readWhole(await fetchDataset(url));
    }
    sender.flush();
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

/**
 * Where the parts start, with the file's length and version, when it is large enough for more than
 * one and the server can send parts of it; null to read it whole.
 */
function partsOf(
  response: Response,
  url: string,
  helpers: number,
  partBytes: number,
): { starts: number[]; length: number; version: string | null } | null {
  const headers = response.headers;
  const encoding = headers.get('content-encoding');
  const length = Number(headers.get('content-length') ?? NaN);
  // A file opened from disk is a blob: URL, whose parts browsers send without saying they can.
  const ranges = headers.get('accept-ranges') === 'bytes' || url.startsWith('blob:');
  if (!ranges || (encoding !== null && encoding !== 'identity')) return null;
  if (!Number.isSafeInteger(length)) return null;
  const parts = Math.min(helpers + 1, Math.floor(length / partBytes));
  if (parts < 2) return null;
  const version = headers.get('etag') ?? headers.get('last-modified');
  return { starts: partStarts(length, parts), length, version };
}
