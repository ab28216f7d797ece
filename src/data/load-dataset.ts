// The parsing worker's work for one request, apart from the worker itself so that the page runs
// the very same code where there is no Worker (tests, a page that forbids them): fetch the
// dataset, read it whatever its format (dataset-loader.ts), post its events in column chunks,
// then the summary or the error as plain fields.
import { createDatasetLoader } from '../core/dataset-loader.ts';
import { JsonSyntaxError } from '../core/feature-splitter.ts';
import { InvalidDatasetError } from '../core/formats/format-reader.ts';
import { ChunkSender, encodeBatchSize, workerBatchSize } from './chunk-sender.ts';
import { DatasetLoadError, describeUrl } from './dataset-load-error.ts';
import type { ParseEventsReply, ParseEventsRequest } from './parse-events-protocol.ts';

export type Post = (reply: ParseEventsReply, transfer: Transferable[]) => void;

export async function loadDataset(
  request: ParseEventsRequest,
  post: Post,
  signal?: AbortSignal,
): Promise<void> {
  const { url, mapping } = request;
  const sender = new ChunkSender((chunk, transfer) => {
    post({ type: 'chunk', chunk }, transfer);
  }, workerBatchSize);
  try {
    const response = await fetchDataset(url, signal);
    const loader = createDatasetLoader(sender.encode, { mapping, batchSize: encodeBatchSize });
    try {
      if (response.body === null) loader.push(new Uint8Array(await response.arrayBuffer()));
      else for await (const bytes of response.body) loader.push(bytes);
      const summary = await loader.end();
      sender.flush();
      post({ type: 'done', summary }, []);
    } catch (err) {
      throw asLoadError(err, url, signal);
    }
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    const transient = error instanceof DatasetLoadError && error.transient;
    post({ type: 'error', name: error.name, message: error.message, transient }, []);
  }
}

async function fetchDataset(url: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (err) {
    if (signal?.aborted === true) throw err;
    throw new DatasetLoadError(`Could not reach ${describeUrl(url)}.`, {
      cause: err,
      transient: true,
    });
  }
  if (!response.ok) {
    throw new DatasetLoadError(
      `${describeUrl(url)} answered ${String(response.status)} ${response.statusText}`.trim() + '.',
      { transient: response.status >= 500 },
    );
  }
  return response;
}

/** A reading error as the error panel shows it, naming the file and what to do. */
function asLoadError(err: unknown, url: string, signal?: AbortSignal): unknown {
  const what = describeUrl(url);
  if (err instanceof JsonSyntaxError) {
    return new DatasetLoadError(`${what} is not valid JSON: ${err.message}.`, { cause: err });
  }
  if (err instanceof InvalidDatasetError) {
    return new DatasetLoadError(`${what} cannot be read. ${err.message}`, { cause: err });
  }
  if (signal?.aborted === true) return err;
  if (err instanceof TypeError && /network|fetch|body/i.test(err.message)) {
    return new DatasetLoadError(`Could not read all of ${what}.`, { cause: err, transient: true });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new DatasetLoadError(
    `${what} cannot be read: ${message}. Open GeoJSON, CSV/TSV, NDJSON, Arrow or Parquet.`,
    { cause: err },
  );
}
