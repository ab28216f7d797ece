import { describe, expect, test } from 'vitest';
import { columnsFileBytes } from '../core/columns-file.ts';
import { storeContents } from '../core/event-fixture.ts';
import { EventEncoder } from '../core/event-encoder.ts';
import { buildEventStore } from '../core/event-store.ts';
import type { EventFeature } from '../core/event.ts';
import { InvalidDatasetError, readEvents } from '../core/read-events.ts';
import { fixtureText } from '../test/handlers.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import { loadEventsInWorker } from './load-events-in-worker.ts';
import type { LoadedEvents } from './loaded-events.ts';
import type { ParseEventsReply, ParseEventsRequest } from './parse-events-protocol.ts';
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
      { batchSize: this.batchSize, encodeSize: this.encodeSize },
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

/** A worker that replies what a test tells it to, and records what it is sent. */
class ScriptedWorker extends EventTarget {
  received: unknown[] = [];
  terminated = false;
  private readonly onMessage: (worker: ScriptedWorker, message: unknown) => void;
  constructor(onMessage: (worker: ScriptedWorker, message: unknown) => void = () => undefined) {
    super();
    this.onMessage = onMessage;
  }
  postMessage(message: unknown): void {
    this.received.push(message);
    queueMicrotask(() => {
      this.onMessage(this, message);
    });
  }
  reply(data: ParseEventsReply): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  fail(): void {
    this.dispatchEvent(new Event('error', { cancelable: true }));
  }
  terminate(): void {
    this.terminated = true;
  }
}

const asWorker = (w: EventTarget): Worker => w as unknown as Worker;

const seedFeatures = (): EventFeature[] =>
  readEvents(JSON.parse(fixtureText('seed-events.geojson'))).collection.features;

const dataUrl = (text: string): string => `data:application/geo+json,${encodeURIComponent(text)}`;

/** What the worker path should give for a dataset: readEvents' result with its store. */
function expectedLoad(text: string): LoadedEvents {
  const { collection, ...read } = readEvents(JSON.parse(text));
  return { ...read, store: buildEventStore(collection.features) };
}

function comparable({ store, ...rest }: LoadedEvents) {
  return { ...rest, store: storeContents(store) };
}

/** The features packed as a columns file, chunks of two. */
function columnsFile(features: readonly EventFeature[]): Uint8Array {
  const encoder = new EventEncoder();
  const chunks = [0, 2, 4].map((at) => encoder.encode(features.slice(at, at + 2)));
  return columnsFileBytes(chunks, { kept: features.length, skipped: 0, problems: [] });
}

const binaryUrl = (bytes: Uint8Array): string =>
  `data:application/octet-stream;base64,${Buffer.from(bytes).toString('base64')}`;

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

  test('drops the events sent before a restart, and counts from zero again', async () => {
    const features = seedFeatures();
    const reads: number[] = [];
    const worker = new ScriptedWorker((w) => {
      w.reply({ type: 'chunk', chunk: new EventEncoder().encode(features.slice(0, 2)) });
      w.reply({ type: 'restart' });
      w.reply({ type: 'chunk', chunk: new EventEncoder().encode(features) });
      w.reply({ type: 'done', kept: 5, skipped: 0, problems: [] });
    });

    const result = await loadEventsInWorker(asWorker(worker), 'https://example.test/e.geojson', {
      fallback: noFallback,
      onProgress: (n) => reads.push(n),
    });

    expect(reads).toEqual([2, 0, 5]);
    expect(storeContents(result.store)).toEqual(storeContents(buildEventStore(features)));
  });

  test('starts the helpers the worker asks for, hands it their ports, and stops them after', async () => {
    const helpers: ScriptedWorker[] = [];
    const worker = new ScriptedWorker((w, message) => {
      if (typeof message === 'object' && message !== null && 'url' in message) {
        w.reply({ type: 'helpers-wanted', count: 2 });
      } else w.reply({ type: 'done', kept: 0, skipped: 0, problems: [] });
    });

    await loadEventsInWorker(asWorker(worker), 'https://example.test/e.geojson', {
      fallback: noFallback,
      helperLimit: 3,
      startHelper: () => {
        const helper = new ScriptedWorker();
        helpers.push(helper);
        return asWorker(helper);
      },
    });

    expect(worker.received[0]).toEqual({ url: 'https://example.test/e.geojson', helpers: 3 });
    expect(helpers).toHaveLength(2);
    const ports = (worker.received[1] as { ports: MessagePort[] }).ports;
    expect(ports).toHaveLength(2);
    for (const helper of helpers) {
      expect(helper.received).toEqual([{ help: expect.any(MessagePort) as unknown }]);
      expect(helper.terminated).toBe(true);
    }
    for (const port of ports) port.close();
  });

  test('a helper that fails fails the load as one that may pass if tried again', async () => {
    const worker = new ScriptedWorker((w, message) => {
      if (typeof message === 'object' && message !== null && 'url' in message) {
        w.reply({ type: 'helpers-wanted', count: 1 });
      }
    });
    const helper = new ScriptedWorker();

    const load = loadEventsInWorker(asWorker(worker), 'https://example.test/e.geojson', {
      fallback: noFallback,
      helperLimit: 1,
      startHelper: () => asWorker(helper),
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    helper.fail();

    await expect(load).rejects.toMatchObject({ name: 'DatasetLoadError', transient: true });
    expect(worker.terminated).toBe(true);
  });

  test('reads a columns file into the store its GeoJSON gives, whatever its name', async () => {
    const features = seedFeatures();
    const reads: number[] = [];

    const result = await loadEventsInWorker(
      asWorker(new InProcessWorker()),
      binaryUrl(columnsFile(features)),
      {
        fallback: noFallback,
        onProgress: (n) => reads.push(n),
      },
    );

    expect(storeContents(result.store)).toEqual(storeContents(buildEventStore(features)));
    expect(reads).toEqual([2, 4, 5]);
  });

  test('a damaged columns file fails naming the file and how to write it again', async () => {
    const cut = binaryUrl(columnsFile(seedFeatures()).subarray(0, 300));

    const load = loadEventsInWorker(asWorker(new InProcessWorker()), cut, { fallback: noFallback });

    await expect(load).rejects.toThrow(DatasetLoadError);
    await expect(load).rejects.toThrow(
      /^The inline dataset is an Event Atlas columns file that cannot be read: it ends inside record 1, without its summary: the file is cut short\. Write it again from its GeoJSON with `npm run pack-columns`, or load the GeoJSON itself\.$/,
    );
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
