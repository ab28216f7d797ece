// A helper worker's work for one part of a large dataset (read-in-parts.ts): fetch the part's
// bytes, read its features as if the file had been read up to there, and send them encoded with
// this helper's own dictionaries, then what the part held.
import { InvalidDatasetError } from '../core/read-events.ts';
import { firstByteToFetch, PartWindow } from './byte-parts.ts';
import { ChunkSender, encodeBatchSize, workerBatchSize } from './chunk-sender.ts';
import { createEventsStreamReader } from './events-stream-reader.ts';
import { JsonSyntaxError } from './feature-splitter.ts';
import { fetchDataset, readBodyPart } from './load-events.ts';
import type { PartReply, PartRequest } from './parse-events-protocol.ts';

export async function servePartRequest(
  request: PartRequest,
  post: (reply: PartReply, transfer: Transferable[]) => void,
  signal?: AbortSignal,
  batchSize = workerBatchSize,
  encodeSize = encodeBatchSize,
): Promise<void> {
  const { url, from, to, length, version } = request;
  const sender = new ChunkSender((chunk, transfer) => {
    post({ type: 'chunk', chunk }, transfer);
  }, batchSize);
  try {
    const first = firstByteToFetch(from);
    const response = await fetchDataset(url, signal, { from: first, version });
    // Anything but the part asked for, of a file of the same length: the server does not answer
    // ranges after all, or the file has changed since the reading worker fetched it.
    if (response.status !== 206 || !isRange(response, first, length)) {
      const changed = !isSameFile(response, length, version);
      void response.body?.cancel();
      post(
        { type: 'part-failed', message: 'The server did not send the part asked for.', changed },
        [],
      );
      return;
    }
    const reader = createEventsStreamReader(encodeSize, sender.encode, { inFeatures: true });
    const chars = await readBodyPart(response, new PartWindow(from, to), reader);
    const summary = reader.endPart(to === null);
    sender.flush();
    post({ type: 'part-done', chars, ...summary }, []);
  } catch (err) {
    if (signal?.aborted === true) return;
    if (err instanceof JsonSyntaxError) {
      const { reason, position, exact } = err;
      post({ type: 'part-syntax-error', reason, position, exact }, []);
    } else if (err instanceof InvalidDatasetError) {
      post({ type: 'part-invalid', message: err.message }, []);
    } else {
      const message = err instanceof Error ? err.message : String(err);
      post({ type: 'part-failed', message, changed: false }, []);
    }
  }
}

/**
 * A whole-file answer (200) of the version and length the reading worker has: the server ignored
 * the range. Anything else may be another version of the file.
 */
function isSameFile(response: Response, length: number, version: string | null): boolean {
  if (response.status !== 200) return false;
  const headers = response.headers;
  const answered = headers.get('etag') ?? headers.get('last-modified');
  return answered === version && Number(headers.get('content-length')) === length;
}

function isRange(response: Response, first: number, length: number): boolean {
  const range = /^bytes (\d+)-\d+\/(\d+)$/.exec(response.headers.get('content-range') ?? '');
  return range !== null && Number(range[1]) === first && Number(range[2]) === length;
}
