import { describe, expect, test } from 'vitest';
import { storeContents } from '../core/event-fixture.ts';
import { buildEventStore } from '../core/event-store.ts';
import { InvalidDatasetError, readEvents } from '../core/read-events.ts';
import { fixtureText } from '../test/handlers.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import { loadEventsInWorker } from './load-events-in-worker.ts';
import type { LoadedEvents } from './loaded-events.ts';
import type { ParseEventsRequest } from './parse-events-protocol.ts';
import { serveParseRequest } from './serve-parse-request.ts';

/**
 * The parsing worker's protocol run in this thread: requests and replies pass through
 * structuredClone (typed arrays transferred) as they would between threads. Messages of 2 events
 * by default, so a fixture takes several.
 */
class InProcessWorker extends EventTarget {
  terminated = false;
  batches = 0;
  requests = 0;
  private readonly batchSize: number;
  private readonly encodeSize: number;
  constructor(batchSize = 2, encodeSize = 2) {
    super();
    this.batchSize = batchSize;
    this.encodeSize = encodeSize;
  }
  postMessage(request: ParseEventsRequest): void {
    this.requests++;
    void serveParseRequest(
      structuredClone(request),
      (reply, transfer) => {
        if (this.terminated) return;
        if (reply.type === 'chunk') this.batches++;
        const data = structuredClone(reply, { transfer });
        this.dispatchEvent(new MessageEvent('message', { data }));
      },
      this.batchSize,
      this.encodeSize,
    );
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** A worker whose script cannot run: it reports an error event and nothing else. */
class BrokenWorker extends EventTarget {
  postMessage(): void {
    queueMicrotask(() => this.dispatchEvent(new Event('error', { cancelable: true })));
  }
  terminate(): void {}
}

const asWorker = (w: EventTarget): Worker => w as unknown as Worker;

const dataUrl = (text: string): string => `data:application/geo+json,${encodeURIComponent(text)}`;

/** What the worker path should give for a dataset: readEvents' result with its store. */
function expectedLoad(text: string): LoadedEvents {
  const { collection, ...read } = readEvents(JSON.parse(text));
  return { ...read, store: buildEventStore(collection.features) };
}

function comparable({ store, ...rest }: LoadedEvents) {
  return { ...rest, store: storeContents(store) };
}

const noFallback = (): Promise<LoadedEvents> => Promise.reject(new Error('fell back'));

describe('loadEventsInWorker', () => {
  test('gathers the batches into the collection readEvents would give, and stops the worker', async () => {
    const text = fixtureText('one-bad-feature.geojson');
    const worker = new InProcessWorker();
    const result = await loadEventsInWorker(asWorker(worker), dataUrl(text), {
      fallback: noFallback,
    });
    expect(comparable(result)).toEqual(comparable(expectedLoad(text)));
    expect(worker.batches).toBe(2);
    expect(worker.terminated).toBe(true);
  });

  test('reports the events read so far after each batch', async () => {
    const reads: number[] = [];
    await loadEventsInWorker(
      asWorker(new InProcessWorker()),
      dataUrl(fixtureText('seed-events.geojson')),
      { fallback: noFallback, onProgress: (n) => reads.push(n) },
    );
    expect(reads).toEqual([2, 4, 5]);
  });

  test('joins the events it encodes a few at a time into messages of the batch size', async () => {
    const text = fixtureText('seed-events.geojson');
    const reads: number[] = [];
    const result = await loadEventsInWorker(asWorker(new InProcessWorker(3, 1)), dataUrl(text), {
      fallback: noFallback,
      onProgress: (n) => reads.push(n),
    });
    expect(reads).toEqual([3, 5]);
    expect(comparable(result)).toEqual(comparable(expectedLoad(text)));
  });

  test('asks the worker to start reading only once startAfter has settled', async () => {
    const worker = new InProcessWorker();
    let open = (): void => undefined;
    const startAfter = new Promise<void>((resolve) => {
      open = resolve;
    });
    const load = loadEventsInWorker(asWorker(worker), dataUrl(fixtureText('seed-events.geojson')), {
      fallback: noFallback,
      startAfter,
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(worker.requests).toBe(0);

    open();

    expect((await load).store.size).toBe(5);
    expect(worker.requests).toBe(1);
  });

  test('turns a dataset that is not JSON back into a DatasetLoadError', async () => {
    const load = loadEventsInWorker(
      asWorker(new InProcessWorker()),
      dataUrl('{"type": "FeatureCollection",'),
      { fallback: noFallback },
    );
    await expect(load).rejects.toThrow(DatasetLoadError);
    await expect(load).rejects.toThrow(/^The inline dataset is not valid JSON: Unexpected end/);
  });

  test('turns JSON that is not a collection back into an InvalidDatasetError', async () => {
    const load = loadEventsInWorker(
      asWorker(new InProcessWorker()),
      dataUrl('{"type": "Topology"}'),
      { fallback: noFallback },
    );
    await expect(load).rejects.toThrow(InvalidDatasetError);
  });

  test('stops the worker and rejects when the query is cancelled', async () => {
    const worker = new InProcessWorker();
    const controller = new AbortController();
    const load = loadEventsInWorker(asWorker(worker), dataUrl(fixtureText('seed-events.geojson')), {
      signal: controller.signal,
      fallback: noFallback,
    });
    controller.abort();
    await expect(load).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });

  test('loads with the fallback when the worker cannot run', async () => {
    const fallback = expectedLoad(fixtureText('seed-events.geojson'));
    const result = await loadEventsInWorker(
      asWorker(new BrokenWorker()),
      'https://example.test/events.geojson',
      { fallback: () => Promise.resolve(fallback) },
    );
    expect(result).toBe(fallback);
  });
});
