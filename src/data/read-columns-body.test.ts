import { describe, expect, test } from 'vitest';
import { columnsFileBytes } from '../core/columns-file.ts';
import { EventEncoder } from '../core/event-encoder.ts';
import { createEventFeature } from '../core/event-fixture.ts';
import { sniffColumns } from './read-columns-body.ts';

/** A response whose body arrives in pieces of `piece` bytes. */
function streamed(
  bytes: Uint8Array,
  piece: number,
  headers: Record<string, string> = {},
): Response {
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) controller.close();
      else controller.enqueue(bytes.slice(at, (at += piece)));
    },
  });
  return new Response(body, { status: 200, headers });
}

const columns = columnsFileBytes([new EventEncoder().encode([createEventFeature({ id: 'a' })])], {
  kept: 1,
  skipped: 0,
  problems: [],
});

describe('sniffColumns', () => {
  test('hands a GeoJSON body on whole, headers included, as not columns', async () => {
    const text = '{"type": "FeatureCollection", "features": []}';

    const sniffed = await sniffColumns(
      streamed(new TextEncoder().encode(text), 3, { 'content-length': String(text.length) }),
    );

    expect(sniffed.columns).toBe(false);
    expect(sniffed.response.headers.get('content-length')).toBe(String(text.length));
    expect(await sniffed.response.text()).toBe(text);
  });

  test('tells a columns file by its first bytes, even when they arrive one at a time', async () => {
    const sniffed = await sniffColumns(streamed(columns, 1));

    expect(sniffed.columns).toBe(true);
    expect(new Uint8Array(await sniffed.response.arrayBuffer())).toEqual(columns);
  });

  test('a body shorter than the header is not columns, and is kept', async () => {
    const sniffed = await sniffColumns(streamed(new TextEncoder().encode('{}'), 1));

    expect(sniffed.columns).toBe(false);
    expect(await sniffed.response.text()).toBe('{}');
  });
});
