// Runs the ingest when data/events.geojson is missing or older than any input in seeds/,
// so `npm start` and `npm run build` always serve a dataset that matches the corpus.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const seedsDir = 'seeds';
const output = join('data', 'events.geojson');

function dataIsStale(): boolean {
  const outTime = mtime(output);
  if (outTime === null) return true;
  const newestSeed = Math.max(
    0,
    ...readdirSync(seedsDir).map((f) => mtime(join(seedsDir, f)) ?? 0),
  );
  return outTime < newestSeed;
}

function mtime(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

if (dataIsStale()) {
  console.error(`${output} is missing or older than ${seedsDir}/: running the ingest.`);
  const run = spawnSync(
    process.execPath,
    ['--experimental-strip-types', 'scripts/ingest.ts', '--input', seedsDir, '--output', output],
    { stdio: 'inherit' },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}
