import { describe, expect, test } from 'vitest';
import type { EventFeature } from '../core/event.ts';
import { readEvents } from '../core/read-events.ts';
import { fixtureText } from '../test/handlers.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import { readEventsBody } from './load-events.ts';

/** A response whose body arrives as these byte chunks. */
function streamed(chunks: Uint8Array[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
  return new Response(body);
}

/** `bytes` cut every `size` bytes, which falls inside multi-byte characters. */
function cut(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.slice(i, i + size));
  return chunks;
}

async function read(response: Response) {
  const features: EventFeature[] = [];
  const summary = await readEventsBody(response, 'blob:x', {
    batchSize: 3,
    onBatch: (b) => features.push(...b),
  });
  return { features, summary };
}

describe('readEventsBody', () => {
  test('decodes characters split across chunks and a byte order mark', async () => {
    const text = fixtureText('seed-events.geojson').replace('"name": "', '"name": "世界 🚀 ');
    const bytes = new TextEncoder().encode(`\uFEFF${text}`);
    const { features } = await read(streamed(cut(bytes, 7)));
    expect(features).toEqual(readEvents(JSON.parse(text)).collection.features);
    expect(features[0]?.properties.name).toMatch(/^世界 🚀 /);
  });

  test('names the file and where the bad JSON is', async () => {
    const bytes = new TextEncoder().encode('{"type": "FeatureCollection", "features": [{"a":]}');
    const error: unknown = await read(streamed(cut(bytes, 4))).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as Error).message).toMatch(
      /^The dropped file is not valid JSON: .+ in the value starting at character 43\.$/,
    );
  });

  test('a body that ends early is not valid JSON', async () => {
    const bytes = new TextEncoder().encode('{"type": "FeatureCollection", "features": [');
    await expect(read(streamed([bytes]))).rejects.toThrow(
      /is not valid JSON: Unexpected end of JSON at character 43/,
    );
  });

  test('reads a response without a body stream', async () => {
    const { summary } = await read(new Response(fixtureText('one-bad-feature.geojson')));
    expect(summary).toMatchObject({ kept: 3, skipped: 1 });
  });
});
