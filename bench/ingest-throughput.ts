// Ingest throughput: the whole pipeline (decode → extract → geocode → merge → ids → GeoJSON text)
// in-process on one core, over a seeded synthetic corpus. The gazetteer load is timed apart: it
// is paid once per run, not per article.
// Alone: node --experimental-strip-types bench/ingest-throughput.ts
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serialiseEvents } from '../src/core/ingest/geojson-output.ts';
import { runIngest } from '../src/core/ingest/run-ingest.ts';
import { loadEventSeries } from '../scripts/load-event-series.ts';
import { loadGazetteer } from '../scripts/load-gazetteer.ts';
import type { BenchResult } from './bench-result.ts';
import { createArticles } from './synthetic-articles.ts';

export const INGEST_BENCH = { articles: 10_000, seed: 20_240_917, target: 1000 };

export async function benchIngest(
  articles = INGEST_BENCH.articles,
  seed = INGEST_BENCH.seed,
): Promise<BenchResult[]> {
  const loadStart = performance.now();
  const [gazetteer, series] = await Promise.all([loadGazetteer(), loadEventSeries()]);
  const loadMs = performance.now() - loadStart;

  const inputs = createArticles(articles, seed);
  const start = performance.now();
  const { events, report } = runIngest(inputs, { gazetteer, series, overrides: null });
  const text = serialiseEvents(events);
  const seconds = (performance.now() - start) / 1000;

  const rate = report.totals.articles / seconds;
  return [
    {
      name: 'ingest throughput',
      value: Math.round(rate),
      unit: 'articles/s',
      target: `≥ ${INGEST_BENCH.target}`,
      meets: rate >= INGEST_BENCH.target,
      context: {
        articles: report.totals.articles,
        files: inputs.length,
        seed,
        seconds: round(seconds, 2),
        events: report.totals.events,
        placed: report.totals.placed,
        merged: report.totals.merged,
        geojson_mb: round(text.length / 1e6, 1),
        cores: 1,
      },
    },
    {
      name: 'ingest gazetteer load',
      value: Math.round(loadMs),
      unit: 'ms',
      target: 'once per run (reported)',
      meets: true,
      context: { places: gazetteer.size },
    },
  ];
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

// import.meta.main only exists from Node 22.18/24.2; engines allows 22.12.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const result of await benchIngest()) {
    console.log(
      `${result.name}: ${result.value} ${result.unit} (target ${result.target})`,
      result.context ?? {},
    );
  }
}
