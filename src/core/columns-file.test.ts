import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import themesFile from '../../data/themes.json' with { type: 'json' };
import {
  columnsFileBytes,
  columnsSummaryRecord,
  columnsVersion,
  type ColumnsSummary,
} from './columns-file.ts';
import { ColumnsFileReader, looksLikeColumnsFile } from './columns-file-reader.ts';
import type { EventChunk } from './event-chunk.ts';
import { EventEncoder } from './event-encoder.ts';
import { createEventFeature, storeContents } from './event-fixture.ts';
import { buildEventStore, EventStoreBuilder } from './event-store.ts';
import type { EventCollection, EventFeature } from './event.ts';
import { createEdgeFeatures } from './synth/edge-features.ts';
import { synthEvents } from './synth/synth-event.ts';

const themes = themesFile.themes.map(({ slug, label }) => ({ slug, label }));

/** Chunks of `size` features from one encoder, as the parsing worker makes them. */
function encode(features: readonly EventFeature[], size = 400): EventChunk[] {
  const encoder = new EventEncoder();
  const chunks: EventChunk[] = [];
  for (let at = 0; at < features.length; at += size) {
    chunks.push(encoder.encode(features.slice(at, at + size)));
  }
  return chunks;
}

function summaryOf(chunks: readonly EventChunk[]): ColumnsSummary {
  return { kept: chunks.reduce((n, c) => n + c.size, 0), skipped: 0, problems: [] };
}

function fileOf(chunks: readonly EventChunk[], summary = summaryOf(chunks)): Uint8Array {
  return columnsFileBytes(chunks, summary);
}

/** Reads `bytes` handed over in pieces of `piece` bytes; the chunks read and the summary. */
function read(
  bytes: Uint8Array,
  piece = 65_536,
): { chunks: EventChunk[]; summary: ColumnsSummary } {
  const chunks: EventChunk[] = [];
  const reader = new ColumnsFileReader((chunk) => chunks.push(chunk));
  for (let at = 0; at < bytes.length; at += piece) reader.push(bytes.slice(at, at + piece));
  return { chunks, summary: reader.end() };
}

function storeOf(chunks: readonly EventChunk[]) {
  const builder = new EventStoreBuilder();
  for (const chunk of chunks) builder.addChunk(chunk);
  return builder.finish();
}

const readFails = (bytes: Uint8Array) => () => read(bytes);

describe('Event Atlas columns file', () => {
  test('gives back the seed dataset as the store a GeoJSON load builds', () => {
    const { features } = JSON.parse(readFileSync('data/events.geojson', 'utf8')) as EventCollection;

    const { chunks } = read(fileOf(encode(features, 3)));

    expect(storeContents(storeOf(chunks))).toEqual(storeContents(buildEventStore(features)));
  });

  test('gives back synthetic events (CJK text, unplaced and undated events) and edge cases unchanged', () => {
    const features = [...synthEvents(5, 3000, themes), ...createEdgeFeatures(5, 300)];

    const { chunks } = read(fileOf(encode(features)));

    expect(storeContents(storeOf(chunks))).toEqual(storeContents(buildEventStore(features)));
  });

  test.each([1, 7, 4096])(
    'reads the same whatever pieces the bytes arrive in (%i bytes)',
    (piece) => {
      const features = [...synthEvents(3, 60, themes)];
      const bytes = fileOf(encode(features, 25));

      const { chunks } = read(bytes, piece);

      expect(chunks).toEqual(read(bytes).chunks);
      expect(chunks.map((c) => c.size)).toEqual([25, 25, 10]);
    },
  );

  test('keeps the summary of what reading the GeoJSON skipped', () => {
    const chunks = encode([createEventFeature({ id: 'a' })]);
    const summary = { kept: 1, skipped: 2, problems: [{ index: 1, id: null, reason: 'no name' }] };

    expect(read(fileOf(chunks, summary)).summary).toEqual(summary);
  });

  test('writes a lone surrogate as U+FFFD and keeps every later text in place', () => {
    const features = [
      createEventFeature({ id: 'a', name: 'Bad \ud800 name' }),
      createEventFeature({ id: 'b', name: 'Next' }),
    ];

    const { chunks } = read(fileOf(encode(features)));

    expect(chunks[0]?.names).toEqual(['Bad \ufffd name', 'Next']);
    expect(chunks[0]?.ids).toEqual(['a', 'b']);
  });

  test('is told from GeoJSON by its first bytes', () => {
    expect(looksLikeColumnsFile(fileOf([]))).toBe(true);
    expect(looksLikeColumnsFile(new TextEncoder().encode('{"type":"FeatureCollection"}'))).toBe(
      false,
    );
  });
});

describe('a columns file that cannot be read says why', () => {
  const one = () => encode([createEventFeature({ id: 'a' }), createEventFeature({ id: 'b' })]);

  test('bytes of another kind', () => {
    expect(readFails(new TextEncoder().encode('{"type": "FeatureCollection"}'))).toThrow(
      'it does not start with the Event Atlas columns header',
    );
  });

  test('another version of the format', () => {
    const bytes = fileOf(one());
    bytes[7] = columnsVersion + 1;

    expect(readFails(bytes)).toThrow(
      `it is written in version ${String(columnsVersion + 1)} of the format; this dashboard reads version ${String(columnsVersion)}`,
    );
  });

  test('a file cut short', () => {
    const bytes = fileOf(one());

    expect(readFails(bytes.subarray(0, bytes.length - 5))).toThrow(
      'it ends inside record 2, without its summary: the file is cut short',
    );
  });

  test('a summary that counts other events than the file holds', () => {
    expect(readFails(fileOf(one(), { kept: 3, skipped: 0, problems: [] }))).toThrow(
      'its summary counts 3 events but it holds 2',
    );
  });

  test('a record after the summary', () => {
    const bytes = fileOf(one());
    const extra = columnsSummaryRecord({ kept: 2, skipped: 0, problems: [] });
    const again = new Uint8Array(bytes.length + extra.length);
    again.set(bytes);
    again.set(extra, bytes.length);

    expect(readFails(again)).toThrow('record 3 follows the summary');
  });

  test('a string id beyond the dictionary', () => {
    const [chunk] = one() as [EventChunk];
    chunk.fields[0] = 999;

    expect(readFails(fileOf([chunk]))).toThrow(/^record 1: fields refers to entry 999 of \d+$/);
  });

  test('a list column that does not add up to its counts', () => {
    const [chunk] = one() as [EventChunk];
    chunk.themeCount[0] = (chunk.themeCount[0] as number) + 1;

    expect(readFails(fileOf([chunk]))).toThrow(
      /^record 1: themeIds has \d+ entries where 2 events need \d+$/,
    );
  });

  test('an event id that comes twice', () => {
    const encoder = new EventEncoder();
    const chunks = [
      encoder.encode([createEventFeature({ id: 'a' })]),
      encoder.encode([createEventFeature({ id: 'a' })]),
    ];

    expect(readFails(fileOf(chunks))).toThrow('record 2: event id "a" comes twice');
  });

  test('coordinates off the globe', () => {
    const [chunk] = one() as [EventChunk];
    chunk.lat[1] = 123;

    expect(readFails(fileOf([chunk]))).toThrow(
      /^record 1: event 2 has coordinates off the globe \(.*, 123\)$/,
    );
  });
});
