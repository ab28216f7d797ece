import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import themesFile from '../../data/themes.json' with { type: 'json' };
import type { EventFeature } from '../core/event.ts';
import { storeContents } from '../core/event-fixture.ts';
import { EventStoreBuilder } from '../core/event-store.ts';
import { synthEvents } from '../core/synth/synth-event.ts';
import { testOrigin } from '../test/handlers.ts';
import { server } from '../test/msw-server.ts';
import type { ParseEventsReply, PartReply, PartRequest } from './parse-events-protocol.ts';
import type { PartHelper } from './read-in-parts.ts';
import { serveParseRequest } from './serve-parse-request.ts';
import { servePartRequest } from './serve-part-request.ts';

const themes = themesFile.themes.map(({ slug, label }) => ({ slug, label }));
const url = `${testOrigin}/parts/events.geojson`;

/** How the test server answers: byte ranges as asked, none, or the whole file despite saying it can. */
type Ranges = 'answered' | 'none' | 'ignored';

/** A response of `text`'s bytes from `from` on (206), or all of them. */
function respond(
  text: string,
  version: string,
  ranges: Ranges,
  from?: string,
): HttpResponse<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  const headers: Record<string, string> = { 'content-type': 'application/geo+json', etag: version };
  if (ranges !== 'none') headers['accept-ranges'] = 'bytes';
  if (from === undefined || ranges !== 'answered') {
    return new HttpResponse(bytes, {
      headers: { ...headers, 'content-length': String(bytes.length) },
    });
  }
  const part = bytes.slice(Number(from));
  return new HttpResponse(part, {
    status: 206,
    headers: {
      ...headers,
      'content-length': String(part.length),
      'content-range': `bytes ${from}-${String(bytes.length - 1)}/${String(bytes.length)}`,
    },
  });
}

const rangeFrom = (request: Request): string | undefined =>
  /^bytes=(\d+)-$/.exec(request.headers.get('range') ?? '')?.[1];

function serve(text: string, ranges: Ranges = 'answered'): void {
  server.use(http.get(url, ({ request }) => respond(text, '"v1"', ranges, rangeFrom(request))));
}

/**
 * `before` to the first request, `after` to every later one. `ifRange`: whether a range asked for
 * with If-Range of the old version gets the whole new file (as it should) or a part of it.
 */
function serveChanging(before: string, after: string, ifRange: 'honoured' | 'ignored'): string[] {
  const asked: string[] = [];
  let requests = 0;
  server.use(
    http.get(url, ({ request }) => {
      requests++;
      if (requests === 1) return respond(before, '"v1"', 'answered');
      const stale = request.headers.get('if-range');
      if (stale !== null) asked.push(stale);
      const from = stale !== '"v2"' && ifRange === 'honoured' ? undefined : rangeFrom(request);
      return respond(after, '"v2"', 'answered', from);
    }),
  );
  return asked;
}

/** Helpers that serve part requests in this thread, through structuredClone as between threads. */
function helpersInProcess(count: number, asked: PartRequest[]): PartHelper[] {
  return Array.from({ length: count }, () => {
    const stop = new AbortController();
    return {
      read: (request, onReply) => {
        asked.push(request);
        void servePartRequest(
          structuredClone(request),
          (reply, transfer) => {
            onReply(structuredClone(reply, { transfer }));
          },
          stop.signal,
          7,
          3,
        );
      },
      stop: () => {
        stop.abort();
      },
    };
  });
}

/** Helpers that cannot read any part of this same file, and say so at once. */
function failingHelpers(count: number, asked: PartRequest[]): PartHelper[] {
  return Array.from({ length: count }, () => ({
    read: (request, onReply) => {
      asked.push(request);
      onReply({ type: 'part-failed', message: 'Could not reach the server.', changed: false });
    },
    stop: () => undefined,
  }));
}

/**
 * Serves `text` whole, with byte ranges announced, in two pieces with a pause between, so a reader
 * is still reading its first part when helpers answer. Returns the requests' Range headers.
 */
function serveSlowly(text: string): (string | null)[] {
  const ranges: (string | null)[] = [];
  const bytes = new TextEncoder().encode(text);
  server.use(
    http.get(url, ({ request }) => {
      ranges.push(request.headers.get('range'));
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(bytes.slice(0, 100));
          await new Promise((resolve) => setTimeout(resolve, 20));
          controller.enqueue(bytes.slice(100));
          controller.close();
        },
      });
      return new HttpResponse(body, {
        headers: {
          'accept-ranges': 'bytes',
          'content-length': String(bytes.length),
          etag: '"v1"',
        },
      });
    }),
  );
  return ranges;
}

/** What the page makes of the replies: the store and totals, or the error; and the restarts. */
async function load(
  helpers: number,
  asked: PartRequest[] = [],
  makeHelpers: (count: number, asked: PartRequest[]) => PartHelper[] = helpersInProcess,
) {
  const replies: ParseEventsReply[] = [];
  await serveParseRequest(
    { url },
    (reply, transfer) => {
      replies.push(structuredClone(reply, { transfer }));
    },
    {
      batchSize: 7,
      encodeSize: 3,
      helperLimit: helpers,
      startHelpers: (count) => Promise.resolve(makeHelpers(count, asked)),
      partBytes: 1,
    },
  );
  let builder = new EventStoreBuilder();
  let restarts = 0;
  for (const reply of replies) {
    if (reply.type === 'chunk') builder.addChunk(reply.chunk);
    if (reply.type === 'restart') {
      restarts++;
      builder = new EventStoreBuilder();
    }
  }
  const last = replies.at(-1);
  if (last?.type === 'error') return { error: last, restarts };
  if (last?.type !== 'done') throw new Error('no final reply');
  const totals = { kept: last.kept, skipped: last.skipped, problems: last.problems };
  return { totals, store: storeContents(builder.finish()), restarts };
}

function lines(values: readonly unknown[], head = '"type":"FeatureCollection",'): string {
  return `{${head}"features":[\n${values.map((v) => JSON.stringify(v)).join(',\n')}\n]}\n`;
}

const events = (count: number): EventFeature[] => [...synthEvents(5, count, themes)];

beforeAll(() => {
  server.listen({ onUnhandledFrame: 'error' });
});
afterEach(() => {
  server.resetHandlers();
});
afterAll(() => {
  server.close();
});

describe('reading a large dataset in parts', () => {
  test('one to three helpers give what one reader gives, dictionaries included', async () => {
    serve(lines(events(120)));
    const alone = await load(0);
    expect(alone.store?.size).toBe(120);
    for (const helpers of [1, 2, 3]) {
      const asked: PartRequest[] = [];

      const inParts = await load(helpers, asked);

      expect(asked).toHaveLength(helpers);
      expect(inParts.restarts).toBe(0);
      expect(inParts).toEqual(alone);
    }
  });

  test('skipped features in later parts are counted and numbered as one reader does', async () => {
    const values: unknown[] = events(90);
    values.splice(80, 0, { type: 'Feature', properties: { id: 'no-name' } });
    values.splice(60, 0, 'not a feature');
    values.splice(10, 0, { type: 'Feature' });
    serve(lines(values));
    const alone = await load(0);
    expect(alone.totals?.skipped).toBe(3);

    expect(await load(2)).toEqual(alone);
  });

  test('an id that an earlier part holds makes one reader read the file again', async () => {
    const values = events(60);
    values.push(values[3] as EventFeature);
    serve(lines(values));
    const alone = await load(0);
    expect(alone.totals?.problems).toEqual([
      { index: 60, id: values[3]?.properties.id, reason: `duplicate id "syn-5-3"` },
    ]);

    const inParts = await load(1);

    expect(inParts.restarts).toBe(1);
    expect(inParts).toEqual({ ...alone, restarts: 1 });
  });

  test('a file with a feature over many lines is read right wherever the parts fall', async () => {
    const collection = { type: 'FeatureCollection', features: events(12) };
    serve(JSON.stringify(collection, null, 2));
    const alone = await load(0);
    let restarts = 0;
    for (const helpers of [1, 2, 3]) {
      const inParts = await load(helpers);
      restarts += inParts.restarts;
      expect({ ...inParts, restarts: 0 }).toEqual(alone);
    }
    // Some parts fell inside a feature and were read again.
    expect(restarts).toBeGreaterThan(0);
  });

  test('bad JSON in a later part fails at its position in the whole file', async () => {
    const text = lines(events(40)).replace('"syn-5-t"', '"syn-5-t" "oops"');
    serve(text);
    const alone = await load(0);
    expect(alone.error?.message).toMatch(/is not valid JSON: .+ at character \d+/);

    expect(await load(2)).toEqual(alone);
  });

  test('the collection type may come after the features, in the last part', async () => {
    const values = events(30);
    const after = (type: string) =>
      lines(values, '').replace(/\n\]\}\n$/, `\n],"type":"${type}"}\n`);
    serve(after('FeatureCollection'));
    const good = await load(0);
    expect(good.store?.size).toBe(30);
    expect(await load(2)).toEqual(good);

    serve(after('Topology'));
    const bad = await load(0);
    expect(bad.error?.name).toBe('InvalidDatasetError');
    expect(await load(2)).toEqual(bad);
  });

  test('no helper is asked when the server does not answer byte ranges', async () => {
    serve(lines(events(30)), 'none');
    const asked: PartRequest[] = [];

    const result = await load(2, asked);

    expect(asked).toHaveLength(0);
    expect(result.store?.size).toBe(30);
  });

  test('a server that sends the whole file when asked for a part: one reader reads it', async () => {
    serve(lines(events(30)), 'ignored');
    const alone = await load(0);

    const inParts = await load(1);

    expect(inParts.restarts).toBe(1);
    expect({ ...inParts, restarts: 0 }).toEqual(alone);
  });

  test('a file that changes while it is read in parts is read again, whole, as it now is', async () => {
    const before = lines(events(40));
    const after = lines(events(55));
    serve(after);
    const alone = await load(0);

    for (const ifRange of ['honoured', 'ignored'] as const) {
      const versions = serveChanging(before, after, ifRange);

      const inParts = await load(1);

      expect(versions).toEqual(['"v1"']);
      expect(inParts.restarts).toBe(1);
      expect({ ...inParts, restarts: 0 }).toEqual(alone);
    }
  });

  test('helpers that fail while the first part is read: it reads on alone, fetching once', async () => {
    const text = lines(events(40));
    serve(text);
    const alone = await load(0);
    for (const helpers of [1, 3]) {
      const ranges = serveSlowly(text);
      const asked: PartRequest[] = [];

      const inParts = await load(helpers, asked, failingHelpers);

      expect(asked).toHaveLength(helpers);
      expect(ranges).toEqual([null]);
      expect(inParts).toEqual(alone);
    }
  });

  test('a helper says whether the server ignored the range or sent another file', async () => {
    const text = lines(events(20));
    const length = new TextEncoder().encode(text).length;
    const failure = async (version: string | null) => {
      const replies: PartReply[] = [];
      await servePartRequest({ url, from: 100, to: null, length, version }, (reply) => {
        replies.push(reply);
      });
      return replies.at(-1);
    };
    serve(text, 'ignored');

    expect(await failure('"v1"')).toMatchObject({ type: 'part-failed', changed: false });
    expect(await failure('"v0"')).toMatchObject({ type: 'part-failed', changed: true });
  });
});
