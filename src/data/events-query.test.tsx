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
import {
  atMostEvery,
  eventsQueryOptions,
  fetchEvents,
  useEvents,
  useEventsRead,
} from './events-query.ts';

function Probe({ url }: { url: string }) {
  const query = useEvents(url);
  if (query.isPending) return <p>loading</p>;
  if (query.isError) return <p role="alert">{query.error.message}</p>;
  return (
    <p>
      {query.data.store.size} kept, {query.data.skipped} skipped
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

  test('counts a bad feature instead of failing', async () => {
    server.use(serveFixture('bad.geojson', 'one-bad-feature.geojson'));
    renderWithQuery(<Probe url={`${testOrigin}/bad.geojson`} />);
    expect(await screen.findByText('3 kept, 1 skipped')).toBeDefined();
  });

  test('reports a body that is not JSON', async () => {
    server.use(serveBadJson('broken.geojson'));
    renderWithQuery(<Probe url={`${testOrigin}/broken.geojson`} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/is not valid JSON/);
  });
});

describe('fetchEvents', () => {
  test('reports how many events it has read as batches arrive', async () => {
    server.use(serveFixture('data/events.geojson', 'seed-events.geojson'));
    const reads: number[] = [];
    const loaded = await fetchEvents(`${testOrigin}/data/events.geojson`, undefined, (n) => {
      reads.push(n);
    });
    expect(reads.at(-1)).toBe(loaded.store.size);
  });

  test('names the HTTP status of a failed response', async () => {
    server.use(serveStatus('missing.geojson', 404));
    await expect(fetchEvents(`${testOrigin}/missing.geojson`)).rejects.toThrow(/answered 404/);
  });

  test('rejects JSON that is not a FeatureCollection', async () => {
    server.use(serveJson('plain.json', { name: 'not geojson' }));
    await expect(fetchEvents(`${testOrigin}/plain.json`)).rejects.toThrow(/FeatureCollection/);
  });
});

test('the query key holds the URL and the data never goes stale', () => {
  const options = eventsQueryOptions('data/events.geojson');
  expect(options.queryKey).toEqual(['events', 'data/events.geojson']);
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
