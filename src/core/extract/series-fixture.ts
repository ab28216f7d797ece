import type { EventSeries } from './event-series.ts';

/** An invented series row for tests: a fresh object each call, with the given fields changed. */
export function createSeries(over: Partial<EventSeries> = {}): EventSeries {
  return {
    id: 'zyx',
    name: 'Zyx Electronics Fair',
    aliases: ['ZYX'],
    kind: 'trade show',
    city: 'Exampleton',
    country: 'DE',
    venue: null,
    lat: null,
    lon: null,
    months: [9],
    frequency: 'annual',
    themes: [],
    source: 'https://example.org/zyx',
    ...over,
  };
}
