// The ingest fuzz run behind `npm run fuzz` and its CI test: seeded mutations of the seed and
// fixture articles, each ingested alone, checked as a user of the output would: no crash, the
// file in the report, RFC 7946 GeoJSON, every feature read by the dashboard's own loader with
// nothing dropped. Then all of them at once, for the merge. Figures for the acceptance.
import { check } from '@placemarkio/check-geojson';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDatasetLoader } from '../src/core/dataset-loader.ts';
import { serialiseEvents } from '../src/core/ingest/geojson-output.ts';
import type { InputFile } from '../src/core/ingest/read-input.ts';
import { runIngest } from '../src/core/ingest/run-ingest.ts';
import { createRandom } from '../src/core/synth/random.ts';
import { mutateFile } from './fuzz-mutate.ts';
import { loadEventSeries } from './load-event-series.ts';
import { loadGazetteer } from './load-gazetteer.ts';

/** The articles mutated: the seeds and every fixture article of the ingest and extraction. */
const SOURCE_FOLDERS = [
  'seeds',
  'scripts/fixtures/duplicates',
  'src/core/ingest/fixtures',
  'src/core/extract/fixtures',
  'eval/articles',
];

/** A file taking longer than this to ingest counts as a hang (issue 19: 5 s per file). */
export const FILE_BUDGET_MS = 5_000;

export interface FuzzFigures {
  files: number;
  crashes: string[];
  /** Files the report does not list. */
  missing: string[];
  /** Outputs that are not RFC 7946. */
  invalid: string[];
  /** Files whose features the dashboard's loader skipped or dropped a value of. */
  rejected: string[];
  hangs: string[];
  slowest: { file: string; ms: number };
  peakRssMb: number;
  /** The run of all files together (the merge on a mutated corpus). */
  together: { ms: number; events: number; crashed: string | null };
}

async function sources(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const folder of SOURCE_FOLDERS) {
    const names = (await readdir(folder).catch(() => []))
      .filter((n) => /\.(txt|md|html?|jsonl?)$/.test(n))
      .sort();
    for (const name of names)
      out.push({ name, bytes: new Uint8Array(await readFile(join(folder, name))) });
  }
  return out;
}

/** Why the dashboard's loader would not take this GeoJSON as it is; null when it takes it all. */
async function dashboardRejects(geojson: string, features: number): Promise<string | null> {
  const loader = createDatasetLoader(() => undefined);
  loader.push(new TextEncoder().encode(geojson));
  const summary = await loader.end();
  const dropped = Object.entries(summary.notes.dropped).map(([key, d]) => `${key}: ${d.example}`);
  if (summary.loaded !== features)
    return `loaded ${String(summary.loaded)} of ${String(features)} features`;
  return dropped.length > 0 ? dropped.join('; ') : null;
}

export async function runFuzz(options: {
  files: number;
  seed: number;
  onFile?: (done: number) => void;
}): Promise<FuzzFigures> {
  const gazetteer = await loadGazetteer();
  const series = await loadEventSeries();
  const pool = await sources();
  const random = createRandom(options.seed);
  const figures: FuzzFigures = {
    files: options.files,
    crashes: [],
    missing: [],
    invalid: [],
    rejected: [],
    hangs: [],
    slowest: { file: '', ms: 0 },
    peakRssMb: 0,
    together: { ms: 0, events: 0, crashed: null },
  };
  const all: InputFile[] = [];
  for (let i = 0; i < options.files && pool.length > 0; i++) {
    const source = random.pick(pool);
    const { path, bytes } = mutateFile(source, i, random);
    const input: InputFile = { path, size: bytes.length, bytes, readError: null };
    all.push(input);
    const started = performance.now();
    let result;
    try {
      result = runIngest([input], { gazetteer, series, overrides: null });
    } catch (error) {
      figures.crashes.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const ms = performance.now() - started;
    if (ms > figures.slowest.ms)
      figures.slowest = { file: `${path} (${String(bytes.length)} bytes)`, ms };
    if (ms > FILE_BUDGET_MS) figures.hangs.push(`${path}: ${ms.toFixed(0)} ms`);
    if (!result.report.files.some((f) => f.file === path)) figures.missing.push(path);
    const geojson = serialiseEvents(result.events);
    try {
      check(geojson);
    } catch (error) {
      figures.invalid.push(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const why = await dashboardRejects(geojson, result.events.length);
    if (why !== null) figures.rejected.push(`${path}: ${why}`);
    figures.peakRssMb = Math.max(figures.peakRssMb, process.memoryUsage().rss / 1_048_576);
    options.onFile?.(i + 1);
  }
  const started = performance.now();
  try {
    const together = runIngest(all, { gazetteer, series, overrides: null });
    figures.together = {
      ms: performance.now() - started,
      events: together.events.length,
      crashed: null,
    };
    for (const input of all) {
      if (!together.report.files.some((f) => f.file === input.path))
        figures.missing.push(`${input.path} (together)`);
    }
  } catch (error) {
    figures.together.crashed = error instanceof Error ? error.message : String(error);
  }
  figures.peakRssMb = Math.max(figures.peakRssMb, process.resourceUsage().maxRSS / 1024);
  return figures;
}
