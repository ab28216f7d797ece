// The events dataset: fetcher, query options and hook. The key holds the URL, so `?data=`, a
// dropped file (as a blob: URL) and the bundled dataset are cached side by side.
import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { formatMapping, type FieldMapping } from '../core/field-mapping.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import { loadEvents } from './load-events-in-worker.ts';

/** The ingest's output, copied next to index.html at build time (see vite.config.ts). */
export const defaultDataUrl = 'data/events.geojson';

/** Retry policy for the QueryClient: once, and only for errors that may pass by themselves. */
export function retryTransient(failureCount: number, error: Error): boolean {
  return failureCount < 1 && error instanceof DatasetLoadError && error.transient;
}

const progressKey = (url: string) => ['events-read', url] as const;

/**
 * How often the progress count may change: each change repaints the page, and where WebGL and the
 * page are drawn in software (no GPU) a repaint costs the loading worker tens of milliseconds of CPU.
 */
export const progressIntervalMs = 250;

/**
 * The dataset at `url` read with `mapping` (the key holds both: a new mapping reads the file
 * again). `startAfter`: when to start reading (the worker starts loading its script at once).
 */
export function eventsQueryOptions(
  url: string,
  mapping: FieldMapping = {},
  startAfter?: () => Promise<void>,
) {
  return queryOptions({
    queryKey: ['events', url, formatMapping(mapping)],
    queryFn: ({ signal, client }) =>
      loadEvents(url, {
        signal,
        mapping,
        onProgress: atMostEvery(progressIntervalMs, (read) =>
          client.setQueryData(progressKey(url), read),
        ),
        startAfter: startAfter?.(),
      }),
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

export function useEvents(url: string, mapping?: FieldMapping, startAfter?: () => Promise<void>) {
  return useQuery(eventsQueryOptions(url, mapping, startAfter));
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
