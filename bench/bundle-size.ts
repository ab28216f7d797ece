// Figure 5: the app's JavaScript, gzipped as a server would send it. "Initial" is what the page
// loads before first paint: the page's entry chunk and every chunk it imports statically (from
// Vite's manifest); lazy chunks and workers count only in the total.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchResult } from './bench-result.ts';
import { round } from './stats.ts';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
  initial: boolean;
}

interface ManifestEntry {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

export const bundleTargets = { initialKB: 350, totalKB: 550 };

/** Every JavaScript file under `dist`, marked initial when the entry loads it statically. */
export async function measureBundle(dist: string): Promise<ChunkSize[]> {
  const manifest = JSON.parse(
    await readFile(join(dist, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestEntry>;
  const initial = new Set<string>();
  const visit = (key: string): void => {
    const entry = manifest[key];
    if (entry === undefined || initial.has(entry.file)) return;
    initial.add(entry.file);
    for (const imported of entry.imports ?? []) visit(imported);
  };
  // Workers built as entries of the same build (module-worker-chunks.ts) are entries too, but
  // only the page's own entry (keyed by its HTML file) loads before first paint.
  for (const [key, entry] of Object.entries(manifest)) {
    if (entry.isEntry === true && key.endsWith('.html')) visit(key);
  }

  const files = (await readdir(dist, { recursive: true })).filter((f) => /\.m?js$/.test(f));
  const chunks = await Promise.all(
    files.map(async (f): Promise<ChunkSize> => {
      const content = await readFile(join(dist, f));
      const file = f.split('\\').join('/');
      return {
        file,
        bytes: content.length,
        gzipBytes: gzipSync(content, { level: 9 }).length,
        initial: initial.has(file),
      };
    }),
  );
  return chunks.sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzipBytes - a.gzipBytes);
}

export function bundleResults(chunks: readonly ChunkSize[]): BenchResult[] {
  const kb = (list: readonly ChunkSize[]): number =>
    round(list.reduce((sum, c) => sum + c.gzipBytes, 0) / 1024);
  const initialKB = kb(chunks.filter((c) => c.initial));
  const totalKB = kb(chunks);
  const context = Object.fromEntries(
    chunks.map((c) => [
      c.file,
      `${String(round(c.gzipBytes / 1024))} KB gzip${c.initial ? ', initial' : ''}`,
    ]),
  );
  const found = chunks.some((c) => c.initial);
  return [
    {
      name: 'Bundle: initial JS (gzip)',
      value: found ? initialKB : NaN,
      unit: 'KB',
      target: `≤ ${String(bundleTargets.initialKB)}`,
      meets: found && initialKB <= bundleTargets.initialKB,
      context,
    },
    {
      name: 'Bundle: total JS (gzip)',
      value: totalKB,
      unit: 'KB',
      target: `≤ ${String(bundleTargets.totalKB)}`,
      meets: found && totalKB <= bundleTargets.totalKB,
      context,
    },
  ];
}
