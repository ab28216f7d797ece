import { describe, expect, test } from 'vitest';
import { storeContents } from '../core/event-fixture.ts';
import { fixtureText } from '../test/handlers.ts';
import { loadDataset } from './load-dataset.ts';
import { loadEvents } from './load-events-in-worker.ts';
import type { ParseEventsReply, ParseEventsRequest } from './parse-events-protocol.ts';

/**
 * The parsing worker run in this thread: requests and replies pass through structuredClone
 * (typed arrays transferred) as they would between threads.
 */
class InProcessWorker extends EventTarget {
  terminated = false;
  chunks = 0;
  postMessage(request: ParseEventsRequest): void {
    void loadDataset(structuredClone(request), (reply, transfer) => {
      if (this.terminated) return;
      if (reply.type === 'chunk') this.chunks++;
      const data = structuredClone(reply, { transfer });
      this.dispatchEvent(new MessageEvent('message', { data }));
    });
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

/** A worker that sends a chunk, then fails. */
class FailingWorker extends InProcessWorker {
  override postMessage(request: ParseEventsRequest): void {
    super.postMessage(request);
    this.addEventListener('message', () => {
      this.dispatchEvent(new Event('error', { cancelable: true }));
    });
  }
}

const asWorker = (w: EventTarget) => () => w as unknown as Worker;
const dataUrl = (text: string): string => `data:application/geo+json,${encodeURIComponent(text)}`;

describe('loadEvents', () => {
  test('gives the same store through a worker as in the page, and stops the worker', async () => {
    const url = dataUrl(fixtureText('seed-events.geojson'));
    const worker = new InProcessWorker();
    const viaWorker = await loadEvents(url, { startWorker: asWorker(worker) });
    const inPage = await loadEvents(url, { startWorker: () => null });
    expect(storeContents(viaWorker.store)).toEqual(storeContents(inPage.store));
    expect(viaWorker.summary).toEqual(inPage.summary);
    expect(worker.chunks).toBe(1);
    expect(worker.terminated).toBe(true);
  });

  test('reads in the page when the worker script cannot run', async () => {
    const loaded = await loadEvents(dataUrl(fixtureText('seed-events.geojson')), {
      startWorker: asWorker(new BrokenWorker()),
    });
    expect(loaded.store.size).toBe(5);
  });

  test('fails, worth a retry, when the worker dies after it began to reply', async () => {
    const load = loadEvents(dataUrl(fixtureText('seed-events.geojson')), {
      startWorker: asWorker(new FailingWorker()),
    });
    await expect(load).rejects.toMatchObject({ name: 'DatasetLoadError', transient: true });
  });

  test('passes the mapping to the reader', async () => {
    const csv = 'title,when,lat,lon\nA,2023-05-01,10,20\n';
    const loaded = await loadEvents(`data:text/csv,${encodeURIComponent(csv)}`, {
      startWorker: () => null,
      mapping: { name: 'title', start: '' },
    });
    expect(loaded.store.event(0)?.properties).toMatchObject({ name: 'A', start: null });
  });

  test('names a file that is not JSON and offers no retry', async () => {
    const load = loadEvents(dataUrl('{"type": "FeatureCollection", "features": [}'), {
      startWorker: () => null,
    });
    await expect(load).rejects.toMatchObject({ transient: false });
    await expect(load).rejects.toThrow(/The inline dataset is not valid JSON/);
  });

  test('stops when aborted', async () => {
    const controller = new AbortController();
    const load = loadEvents(dataUrl(fixtureText('seed-events.geojson')), {
      startWorker: () => null,
      signal: controller.signal,
      startAfter: new Promise(() => undefined),
    });
    controller.abort();
    await expect(load).rejects.toThrow();
  });
});

test('the reply types cover chunks, the summary and errors', () => {
  const reply: ParseEventsReply['type'][] = ['chunk', 'done', 'error'];
  expect(reply).toHaveLength(3);
});
