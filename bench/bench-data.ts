// The synthetic datasets the benchmarks load, generated on first use into bench/out/data (ignored
// by git) and again whenever the generator or the theme vocabulary changes.
import { readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SynthTheme } from '../src/core/synth/synth-event.ts';
import { packColumns } from '../scripts/pack-columns-write.ts';
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

/** The same dataset packed as Event Atlas columns (`npm run pack-columns`). */
export function columnsName(events: number): string {
  return datasetName(events).replace(/\.geojson$/, '.eatlas');
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

/** Code whose change changes what a columns file holds. */
const packSources = [
  'scripts/pack-columns-write.ts',
  'src/core/columns-file.ts',
  'src/core/event-chunk.ts',
  'src/core/event-encoder.ts',
  'src/core/packed-texts.ts',
  'src/core/read-event-fast.ts',
  'src/core/read-events.ts',
  'src/data/chunk-sender.ts',
  'src/data/events-stream-reader.ts',
];

/** Path of the columns file of `events` events, packed from its GeoJSON if missing or stale. */
export async function ensureColumnsDataset(
  events: number,
  log: (line: string) => void,
): Promise<string> {
  const geojson = await ensureDataset(events, log);
  const file = join(benchDataDir, columnsName(events));
  if (mtime(file) > Math.max(mtime(geojson), ...packSources.map(mtime))) return file;
  log(`packing ${file}`);
  const started = performance.now();
  const { bytes } = await packColumns(geojson, file);
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
