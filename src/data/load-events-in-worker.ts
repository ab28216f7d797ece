// The page's side of the parsing worker: starts one worker per load, gathers its batches into one
// store, and turns its error fields back into the errors the error panel knows.
import { EventStoreBuilder } from '../core/event-store.ts';
import { InvalidDatasetError } from '../core/read-events.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import parseWorkerUrl from './parse-events.worker.ts?module-worker';
import type { LoadedEvents } from './loaded-events.ts';
import type {
  HelpersStarted,
  HelpRequest,
  ParseEventsReply,
  ParseEventsRequest,
} from './parse-events-protocol.ts';

/** A started parsing worker, or null where there is none (happy-dom) or the page forbids it. */
export function startParseWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(parseWorkerUrl, { type: 'module' });
  } catch {
    return null;
  }
}

/**
 * How many helpers a large dataset may have (read-in-parts.ts): one per core but the one the
 * reading worker takes, at most three.
 */
export function helperLimit(cores = navigator.hardwareConcurrency): number {
  return Math.max(0, Math.min(3, cores - 1));
}

export interface WorkerLoadOptions {
  signal?: AbortSignal;
  /** Loads the dataset instead if the worker's script cannot run at all. */
  fallback: () => Promise<LoadedEvents>;
  onProgress?: (read: number) => void;
  /** The worker is asked to start reading once this settles (it loads its script meanwhile). */
  startAfter?: Promise<void>;
  /** Starts a worker that reads a part of a large dataset for `worker` (null if it cannot). */
  startHelper?: () => Worker | null;
  /** How many helpers the worker may ask for. */
  helperLimit?: number;
}

/**
 * Loads `url` (absolute: the worker would resolve it against its own script) in `worker`,
 * terminated when done.
 */
export function loadEventsInWorker(
  worker: Worker,
  url: string,
  options: WorkerLoadOptions,
): Promise<LoadedEvents> {
  const {
    signal,
    fallback,
    onProgress = () => undefined,
    startAfter,
    startHelper = () => null,
    helperLimit: helpersAllowed = 0,
  } = options;
  return new Promise((resolve, reject) => {
    // Each batch goes into the store's columns as it arrives, while the worker reads the next.
    let builder = new EventStoreBuilder();
    let replied = false;
    const helpers: Worker[] = [];
    const stop = (): void => {
      worker.terminate();
      for (const helper of helpers) helper.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = (): void => {
      stop();
      const reason: unknown = signal?.reason;
      reject(reason instanceof Error ? reason : new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<ParseEventsReply>) => {
      replied = true;
      const reply = event.data;
      if (reply.type === 'chunk') {
        // Marks for the load bench: when events start and stop arriving.
        if (builder.size === 0) performance.mark('event-atlas:dataset-first-batch');
        builder.addChunk(reply.chunk);
        onProgress(builder.size);
        return;
      }
      if (reply.type === 'helpers-wanted') {
        const ports = startHelpers(reply.count);
        const started: HelpersStarted = { ports };
        worker.postMessage(started, ports);
        return;
      }
      if (reply.type === 'restart') {
        builder = new EventStoreBuilder();
        onProgress(0);
        return;
      }
      stop();
      if (reply.type === 'done') {
        performance.mark('event-atlas:dataset-read');
        const { skipped, problems } = reply;
        const store = builder.finish();
        resolve({ store, skipped, problems });
      } else reject(rebuildError(reply));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      stop();
      if (replied) reject(new DatasetLoadError('Loading the dataset failed.', { transient: true }));
      else fallback().then(resolve, reject);
    });
    // Helpers start only when the worker finds the dataset large; each gets a port to it.
    const startHelpers = (count: number): MessagePort[] => {
      const ports: MessagePort[] = [];
      for (let k = 0; k < count; k++) {
        const helper = startHelper();
        if (helper === null) break;
        // A helper that fails leaves its part unread: the load fails and may be tried again.
        helper.addEventListener('error', (event) => {
          event.preventDefault();
          stop();
          reject(new DatasetLoadError('Loading the dataset failed.', { transient: true }));
        });
        const channel = new MessageChannel();
        const help: HelpRequest = { help: channel.port2 };
        helper.postMessage(help, [channel.port2]);
        helpers.push(helper);
        ports.push(channel.port1);
      }
      return ports;
    };
    const request: ParseEventsRequest = { url, helpers: helpersAllowed };
    void (startAfter ?? Promise.resolve()).then(() => {
      if (signal?.aborted !== true) worker.postMessage(request);
    });
  });
}

function rebuildError(reply: Extract<ParseEventsReply, { type: 'error' }>): Error {
  if (reply.name === 'InvalidDatasetError') return new InvalidDatasetError(reply.message);
  if (reply.name === 'AbortError') return new DOMException(reply.message, 'AbortError');
  return new DatasetLoadError(reply.message, { transient: reply.transient });
}
