// The synthetic datasets the benchmarks load, generated on first use into bench/out/data (ignored
// by git) and again whenever the generator or the theme vocabulary changes.
import { readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SynthTheme } from '../src/core/synth/synth-event.ts';
import { packDataset } from '../scripts/pack-write.ts';
import { writeSynthDataset } from '../scripts/synth-write.ts';

export const benchSeed = 7;
export const benchDataDir = 'bench/out/data';

export function eventsLabel(events: number): string {
  return events >= 1_000_000 && events % 1_000_000 === 0
    ? `${String(events / 1_000_000)}M`
    : `${String(Math.round(events / 1000))}k`;
}

export function datasetName(events: number): string {
  return `events-${eventsLabel(events).toLowerCase()}-seed${String(benchSeed)}.geojson`;
}

/** The same dataset packed as an Arrow IPC stream (`npm run pack`). */
export function arrowName(events: number): string {
  return datasetName(events).replace(/\.geojson$/, '.arrow');
}

export function benchThemes(): SynthTheme[] {
  const parsed = JSON.parse(readFileSync('data/themes.json', 'utf8')) as {
    themes: { slug: string; label: string }[];
  };
  return parsed.themes.map(({ slug, label }) => ({ slug, label }));
}

/** Path of the dataset of `events` events, written first if missing or stale. */
export async function ensureDataset(events: number, log: (line: string) => void): Promise<string> {
  const file = join(benchDataDir, datasetName(events));
  const sources = [
    'data/themes.json',
    ...(await readdir('src/core/synth')).map((f) => join('src/core/synth', f)),
  ];
  const newest = Math.max(...sources.map(mtime));
  if (mtime(file) > newest) return file;
  log(`writing ${file}`);
  const started = performance.now();
  const bytes = await writeSynthDataset({
    events,
    seed: benchSeed,
    output: file,
    themes: benchThemes(),
  });
  log(`  ${(bytes / 1e6).toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return file;
}

/** Code whose change changes what an Arrow file holds. */
const packSources = [
  'scripts/pack-write.ts',
  'src/core/event-schema.ts',
  'src/core/events-to-arrow.ts',
  'src/core/export-table.ts',
  'src/core/read-record.ts',
];

/** Path of the Arrow file of `events` events, packed from its GeoJSON if missing or stale. */
export async function ensureArrowDataset(
  events: number,
  log: (line: string) => void,
): Promise<string> {
  const geojson = await ensureDataset(events, log);
  const file = join(benchDataDir, arrowName(events));
  if (mtime(file) > Math.max(mtime(geojson), ...packSources.map(mtime))) return file;
  log(`packing ${file}`);
  const started = performance.now();
  const { bytes } = await packDataset(geojson, file);
  log(`  ${(bytes / 1e6).toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return file;
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
