import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createDatasetLoader } from './dataset-loader.ts';
import { buildEventStore } from './event-store.ts';
import type { EventFeature } from './event.ts';
import { eventsToArrow } from './events-to-arrow.ts';
import { eventsToParquet } from './events-to-parquet.ts';
import { summaryText } from './load-summary-text.ts';

async function load(bytes: Uint8Array | string) {
  const events: EventFeature[] = [];
  const loader = createDatasetLoader((batch) => events.push(...batch), { batchSize: 2 });
  loader.push(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
  const summary = await loader.end();
  return { events, summary };
}

const ownDataset = () => readFileSync('src/test/fixtures/seed-events.geojson');

describe('createDatasetLoader', () => {
  test('reads the project GeoJSON with nothing to say', async () => {
    const { events, summary } = await load(ownDataset());
    expect(events).toHaveLength(5);
    expect(summaryText(summary)).toBeNull();
  });

  test('reads a CSV with name, date, lat, lon', async () => {
    const { events, summary } = await load('name,date,lat,lon\nA,2023-09-20,31.2,121.4\n');
    expect(summary.format).toBe('csv');
    expect(events[0]).toMatchObject({
      geometry: { coordinates: [121.4, 31.2] },
      properties: { name: 'A', start: '2023-09-20' },
    });
  });

  test('reads a TSV with a WKT point', async () => {
    const { events } = await load('name\twkt\nA\tPOINT (1 2)\n');
    expect(events[0]?.geometry?.coordinates).toEqual([1, 2]);
  });

  test('reads newline-delimited GeoJSON and names a line that is not JSON', async () => {
    const line = '{"type":"Feature","geometry":null,"properties":{"name":"A"}}';
    const { events, summary } = await load(`${line}\nnot json\n${line}\n`);
    expect(events).toHaveLength(2);
    expect(summary.skipped).toEqual(['Line 2: line 2 is not JSON']);
  });

  test('asks for a mapping when no feature has coordinates', async () => {
    const { summary } = await load('name,date\nA,2023\nB,2024\n');
    expect(summaryText(summary)?.headline).toBe('0 of 2 rows have coordinates: map a field?');
  });

  test.each([
    ['Arrow', eventsToArrow],
    [
      'Parquet',
      (...args: Parameters<typeof eventsToArrow>) => new Uint8Array(eventsToParquet(...args)),
    ],
  ] as const)('a dataset saved as %s reads back as the same events', async (_, write) => {
    const { events } = await load(ownDataset());
    const store = buildEventStore(events);
    const rows = Uint32Array.from({ length: store.size }, (_, i) => i);
    const back = await load(write(store.event, rows, store.extraKeys));
    expect(back.events).toEqual(events);
    expect(summaryText(back.summary)).toBeNull();
  });

  test('extra fields survive a save as Arrow', async () => {
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 'q1', geometry: null, properties: { title: 'Q', mag: 4.5 } },
      ],
    });
    const { events } = await load(geojson);
    const store = buildEventStore(events);
    const back = await load(eventsToArrow(store.event, [0], store.extraKeys));
    expect(back.events[0]?.extra).toEqual({ mag: 4.5 });
  });
});
