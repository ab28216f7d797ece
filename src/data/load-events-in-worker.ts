// The page's side of loading: the parsing worker reads the dataset (load-dataset.ts) and this
// gathers its chunks into one store. Where there is no Worker (happy-dom, a page that forbids
// them, a worker script that fails to start) the same loadDataset runs on the page, so tests and
// production run one loader.
import { EventStoreBuilder } from '../core/event-store.ts';
import type { FieldMapping } from '../core/field-mapping.ts';
import { InvalidDatasetError } from '../core/formats/format-reader.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import { loadDataset } from './load-dataset.ts';
import type { LoadedEvents } from './loaded-events.ts';
import type { ParseEventsReply, ParseEventsRequest } from './parse-events-protocol.ts';
import parseWorkerUrl from './parse-events.worker.ts?module-worker';

/** A started parsing worker, or null where there is none (happy-dom) or the page forbids it. */
export function startParseWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(parseWorkerUrl, { type: 'module' });
  } catch {
    return null;
  }
}

export interface LoadOptions {
  signal?: AbortSignal;
  mapping?: FieldMapping;
  onProgress?: (read: number) => void;
  /** Reading starts once this settles (the worker loads its script meanwhile). */
  startAfter?: Promise<void>;
  startWorker?: () => Worker | null;
}

/** Loads `url` (absolute: a worker would resolve it against its own script). */
export function loadEvents(url: string, options: LoadOptions = {}): Promise<LoadedEvents> {
  const {
    signal,
    mapping = {},
    onProgress = () => undefined,
    startWorker = startParseWorker,
  } = options;
  return new Promise((resolve, reject) => {
    // Each chunk goes into the store's columns as it arrives, while the worker reads the next.
    const builder = new EventStoreBuilder();
    const request: ParseEventsRequest = { url, mapping };
    let replied = false;
    const worker = startWorker();
    const stop = (): void => {
      worker?.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      stop();
      const reason: unknown = signal?.reason;
      reject(reason instanceof Error ? reason : new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const onReply = (reply: ParseEventsReply): void => {
      replied = true;
      if (reply.type === 'chunk') {
        // Marks for the load bench: when events start and stop arriving.
        if (builder.size === 0) performance.mark('event-atlas:dataset-first-batch');
        builder.addChunk(reply.chunk);
        onProgress(builder.size);
        return;
      }
      stop();
      if (reply.type === 'done') {
        performance.mark('event-atlas:dataset-read');
        resolve({ store: builder.finish(), summary: reply.summary });
      } else reject(rebuildError(reply));
    };
    const inPage = (): void => {
      void loadDataset(request, onReply, signal);
    };
    worker?.addEventListener('message', (event: MessageEvent<ParseEventsReply>) => {
      onReply(event.data);
    });
    worker?.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      if (replied) {
        stop();
        reject(new DatasetLoadError('Loading the dataset failed.', { transient: true }));
      } else inPage();
    });
    void (options.startAfter ?? Promise.resolve()).then(() => {
      if (signal?.aborted === true) return;
      if (worker === null) inPage();
      else worker.postMessage(request);
    });
  });
}

function rebuildError(reply: Extract<ParseEventsReply, { type: 'error' }>): Error {
  if (reply.name === 'InvalidDatasetError') return new InvalidDatasetError(reply.message);
  if (reply.name === 'AbortError') return new DOMException(reply.message, 'AbortError');
  return new DatasetLoadError(reply.message, { transient: reply.transient });
}
