// The events dataset: fetcher, query options and hook. The key holds the URL, so `?data=`, a
// dropped file (as a blob: URL) and the bundled dataset are cached side by side.
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { EventStoreBuilder } from '../core/event-store.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import { loadEventsInWorker, helperLimit, startParseWorker } from './load-events-in-worker.ts';
import { loadEvents } from './load-events.ts';
import type { LoadedEvents } from './loaded-events.ts';

/** The ingest's output, copied next to index.html at build time (see vite.config.ts). */
export const defaultDataUrl = 'data/events.geojson';

/** Retry policy for the QueryClient: once, and only for errors that may pass by themselves. */
export function retryTransient(failureCount: number, error: Error): boolean {
  return failureCount < 1 && error instanceof DatasetLoadError && error.transient;
}

/** Batches of the in-page fallback; it hands them straight on, so their size hardly matters. */
const inPageBatchSize = 10_000;

/**
 * Fetches and reads the dataset in a worker, so the page stays responsive while a large file
 * loads; in the page itself where there is no Worker, with the same code.
 */
export function fetchEvents(
  url: string,
  signal?: AbortSignal,
  onProgress: (read: number) => void = ignoreProgress,
  startAfter: Promise<void> = Promise.resolve(),
): Promise<LoadedEvents> {
  const inPage = (): Promise<LoadedEvents> => fetchEventsInPage(url, signal, onProgress);
  const worker = startParseWorker();
  if (worker === null) return startAfter.then(inPage);
  const absolute = new URL(url, document.baseURI).href;
  return loadEventsInWorker(worker, absolute, {
    signal,
    fallback: inPage,
    onProgress,
    startAfter,
    startHelper: startParseWorker,
    helperLimit: helperLimit(),
  });
}

function ignoreProgress(): void {}

async function fetchEventsInPage(
  url: string,
  signal: AbortSignal | undefined,
  onProgress: (read: number) => void,
): Promise<LoadedEvents> {
  const builder = new EventStoreBuilder();
  const { skipped, problems } = await loadEvents(url, {
    signal,
    batchSize: inPageBatchSize,
    onBatch: (batch) => {
      builder.add(batch);
      onProgress(builder.size);
    },
  });
  const store = builder.finish();
  return { store, skipped, problems };
}

const progressKey = (url: string) => ['events-read', url] as const;

/**
 * How often the progress count may change: each change repaints the page, and where WebGL and the
 * page are drawn in software (no GPU) a repaint costs the loading worker tens of milliseconds of CPU.
 */
export const progressIntervalMs = 250;

/** `startAfter`: when to start reading (the worker starts loading its script at once). */
export function eventsQueryOptions(url: string, startAfter?: () => Promise<void>) {
  return queryOptions({
    queryKey: ['events', url],
    queryFn: ({ signal, client }) =>
      fetchEvents(
        url,
        signal,
        atMostEvery(progressIntervalMs, (read) => client.setQueryData(progressKey(url), read)),
        startAfter?.(),
      ),
    staleTime: 'static',
  });
}

/** `report`, called at most once per `ms` (the first call always goes through). */
export function atMostEvery(
  ms: number,
  report: (read: number) => void,
  now: () => number = () => performance.now(),
): (read: number) => void {
  let last = -Infinity;
  return (read) => {
    const t = now();
    if (t - last < ms) return;
    last = t;
    report(read);
  };
}

export function useEvents(url: string, startAfter?: () => Promise<void>) {
  return useQuery(eventsQueryOptions(url, startAfter));
}

/** How many events of `url` have been read so far while it loads (0 before the first batch). */
export function useEventsRead(url: string): number {
  const { data } = useQuery<number>({
    queryKey: progressKey(url),
    queryFn: skipToken,
    staleTime: 'static',
  });
  return data ?? 0;
}
