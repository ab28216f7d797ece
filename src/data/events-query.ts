// The events dataset: fetcher, query options and hook. The key holds the URL, so `?data=`, a
// dropped file (as a blob: URL) and the bundled dataset are cached side by side.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { readEvents, type ReadEventsResult } from '../core/read-events.ts';

/** The ingest's output, copied next to index.html at build time (see vite.config.ts). */
export const defaultDataUrl = 'data/events.geojson';

/** The dataset could not be fetched or is not JSON; the message is shown to the user. */
export class DatasetLoadError extends Error {
  override name = 'DatasetLoadError';
  /** Worth retrying by itself: the network failed or the server had a passing error. */
  transient: boolean;
  constructor(message: string, options: { cause?: unknown; transient?: boolean } = {}) {
    super(message, { cause: options.cause });
    this.transient = options.transient ?? false;
  }
}

/** Retry policy for the QueryClient: once, and only for errors that may pass by themselves. */
export function retryTransient(failureCount: number, error: Error): boolean {
  return failureCount < 1 && error instanceof DatasetLoadError && error.transient;
}

export async function fetchEvents(url: string, signal?: AbortSignal): Promise<ReadEventsResult> {
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
      `${describeUrl(url)} answered ${response.status} ${response.statusText}`.trim() + '.',
      { transient: response.status >= 500 },
    );
  }
  const body = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (err) {
    throw new DatasetLoadError(`${describeUrl(url)} is not valid JSON.`, { cause: err });
  }
  return readEvents(json);
}

export function eventsQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['events', url],
    queryFn: ({ signal }) => fetchEvents(url, signal),
    staleTime: 'static',
  });
}

export function useEvents(url: string) {
  return useQuery(eventsQueryOptions(url));
}

function describeUrl(url: string): string {
  if (url.startsWith('blob:')) return 'The dropped file';
  if (url.startsWith('data:')) return 'The inline dataset';
  return `The dataset at ${url.length > 120 ? `${url.slice(0, 117)}…` : url}`;
}
