import { describe, expect, test } from 'vitest';
import type { EventFeature } from '../core/event.ts';
import { InvalidDatasetError, readEvents } from '../core/read-events.ts';
import { fixtureText } from '../test/handlers.ts';
import { createEventsStreamReader } from './events-stream-reader.ts';

/** Reads `text` in chunks of `chunk` characters; the batches and the totals. */
function readInChunks(text: string, chunk: number, batchSize = 2) {
  const batches: EventFeature[][] = [];
  const reader = createEventsStreamReader(batchSize, (b) => batches.push(b));
  for (let i = 0; i < text.length; i += chunk) reader.push(text.slice(i, i + chunk));
  return { batches, summary: reader.end() };
}

function featureText(props: Record<string, unknown>): string {
  return JSON.stringify({ type: 'Feature', geometry: null, properties: { name: 'X', ...props } });
}

describe('createEventsStreamReader', () => {
  test('reads a dataset exactly as readEvents does', () => {
    for (const fixture of [
      'seed-events.geojson',
      'one-bad-feature.geojson',
      'gaps-events.geojson',
    ]) {
      const text = fixtureText(fixture);
      const expected = readEvents(JSON.parse(text));
      const { batches, summary } = readInChunks(text, 97);
      expect(batches.flat(), fixture).toEqual(expected.collection.features);
      expect(summary).toEqual({
        kept: expected.collection.features.length,
        skipped: expected.skipped,
        problems: expected.problems,
      });
    }
  });

  test('hands features on in batches of the given size, the rest at the end', () => {
    const { batches } = readInChunks(fixtureText('seed-events.geojson'), 1000, 2);
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
  });

  test('skips a duplicate id and a feature that is not an object, with their positions', () => {
    const text = `{"type":"FeatureCollection","features":[${featureText({ id: 'a' })},7,${featureText({ id: 'a' })}]}`;
    const { batches, summary } = readInChunks(text, 10);
    expect(batches.flat().map((f) => f.properties.id)).toEqual(['a']);
    expect(summary.skipped).toBe(2);
    expect(summary.problems.map((p) => [p.index, p.id])).toEqual([
      [1, null],
      [2, 'a'],
    ]);
    expect(summary.problems[1]?.reason).toBe('duplicate id "a"');
  });

  test('rejects JSON that is not a FeatureCollection, wherever its type says so', () => {
    const messages = [
      '{"type":"Topology","features":[]}',
      '{"features":[],"type":"Topology"}',
      '{"features":[]}',
      '{"type":"FeatureCollection"}',
      '{"type":"FeatureCollection","features":{}}',
      '[1,2]',
    ].map((text) => {
      try {
        readInChunks(text, 5);
      } catch (err) {
        return err instanceof InvalidDatasetError ? err.message : String(err);
      }
      return 'accepted';
    });
    expect(new Set(messages)).toEqual(
      new Set([expect.stringMatching(/^Not a GeoJSON FeatureCollection/)]),
    );
  });
});
