import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import {
  serveBadJson,
  serveFixture,
  serveJson,
  serveStatus,
  testOrigin,
} from '../test/handlers.ts';
import { server } from '../test/msw-server.ts';
import { renderWithQuery } from '../test/render.tsx';
import { atMostEvery, eventsQueryOptions, useEvents, useEventsRead } from './events-query.ts';
import { loadEvents } from './load-events-in-worker.ts';

function Probe({ url }: { url: string }) {
  const query = useEvents(url);
  if (query.isPending) return <p>loading</p>;
  if (query.isError) return <p role="alert">{query.error.message}</p>;
  return (
    <p>
      {query.data.store.size} kept, {query.data.summary.skippedCount} skipped
    </p>
  );
}

function ReadProbe({ url }: { url: string }) {
  const query = useEvents(url);
  const read = useEventsRead(url);
  return <p>{query.isSuccess ? `done, ${String(read)} read` : 'loading'}</p>;
}

describe('useEvents', () => {
  test('publishes the events read for useEventsRead', async () => {
    server.use(serveFixture('data/events.geojson', 'seed-events.geojson'));
    renderWithQuery(<ReadProbe url={`${testOrigin}/data/events.geojson`} />);
    expect(await screen.findByText('done, 5 read')).toBeDefined();
  });

  test('loads and validates the dataset', async () => {
    server.use(serveFixture('data/events.geojson', 'seed-events.geojson'));
    renderWithQuery(<Probe url={`${testOrigin}/data/events.geojson`} />);
    expect(await screen.findByText('5 kept, 0 skipped')).toBeDefined();
  });

  test('keeps a feature with a bad field, dropping only the field', async () => {
    server.use(serveFixture('bad.geojson', 'one-bad-feature.geojson'));
    renderWithQuery(<Probe url={`${testOrigin}/bad.geojson`} />);
    expect(await screen.findByText('4 kept, 0 skipped')).toBeDefined();
  });

  test('reports a body that is not JSON', async () => {
    server.use(serveBadJson('broken.geojson'));
    renderWithQuery(<Probe url={`${testOrigin}/broken.geojson`} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/is not valid JSON/);
  });
});

describe('loadEvents over HTTP', () => {
  test('reports how many events it has read as chunks arrive', async () => {
    server.use(serveFixture('data/events.geojson', 'seed-events.geojson'));
    const reads: number[] = [];
    const loaded = await loadEvents(`${testOrigin}/data/events.geojson`, {
      onProgress: (n) => reads.push(n),
    });
    expect(reads.at(-1)).toBe(loaded.store.size);
  });

  test('names the HTTP status of a failed response', async () => {
    server.use(serveStatus('missing.geojson', 404));
    await expect(loadEvents(`${testOrigin}/missing.geojson`)).rejects.toThrow(/answered 404/);
  });

  test('names what it expected of a JSON object that is no GeoJSON', async () => {
    server.use(serveJson('plain.json', { name: 'not geojson' }));
    await expect(loadEvents(`${testOrigin}/plain.json`)).rejects.toThrow(/Not GeoJSON: expected/);
  });
});

test('the query key holds the URL and the mapping; the data never goes stale', () => {
  const options = eventsQueryOptions('data/events.geojson', { start: 'time' });
  expect(options.queryKey).toEqual(['events', 'data/events.geojson', 'start:time']);
  expect(options.staleTime).toBe('static');
});

describe('atMostEvery', () => {
  test('passes the first call on and drops calls until the interval has passed', () => {
    let clock = 0;
    const reported: number[] = [];
    const report = atMostEvery(
      250,
      (n) => reported.push(n),
      () => clock,
    );

    for (const [t, n] of [
      [0, 1],
      [100, 2],
      [249, 3],
      [250, 4],
      [400, 5],
      [600, 6],
    ] as const) {
      clock = t;
      report(n);
    }

    expect(reported).toEqual([1, 4, 6]);
  });
});
