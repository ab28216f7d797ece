import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { bundleResults, measureBundle } from './bundle-size.ts';

let dist: string;

// A made-up build: an entry importing a vendor chunk statically and the map chunk lazily, a
// worker no manifest entry imports, and a worker built as an entry that shares the vendor chunk.
async function createDist(): Promise<void> {
  await mkdir(join(dist, '.vite'), { recursive: true });
  await mkdir(join(dist, 'assets'));
  const manifest = {
    'index.html': {
      file: 'assets/index-a.js',
      isEntry: true,
      imports: ['_vendor-b.js'],
      dynamicImports: ['src/map.tsx'],
    },
    '_vendor-b.js': { file: 'assets/vendor-b.js', imports: ['_shared-d.js'] },
    '_shared-d.js': { file: 'assets/shared-d.js' },
    'src/map.tsx': { file: 'assets/map-c.js', isDynamicEntry: true, imports: ['_vendor-b.js'] },
    'src/map.worker.ts': {
      file: 'assets/map-worker-g.js',
      isEntry: true,
      imports: ['_vendor-b.js', '_worker-only-h.js'],
    },
    '_worker-only-h.js': { file: 'assets/worker-only-h.js' },
  };
  await writeFile(join(dist, '.vite', 'manifest.json'), JSON.stringify(manifest));
  const files: Record<string, string> = {
    'index-a.js': 'console.log("entry");'.repeat(50),
    'vendor-b.js': 'export const v = 1;'.repeat(400),
    'shared-d.js': 'export const s = 2;',
    'map-c.js': 'export const map = "lazy";'.repeat(100),
    'parse-worker-e.js': 'self.onmessage = () => {};',
    'map-worker-g.js': 'import "./vendor-b.js"; import "./worker-only-h.js";',
    'worker-only-h.js': 'export const w = 3;',
    'style-f.css': 'body { color: red }',
  };
  for (const [name, content] of Object.entries(files)) {
    await writeFile(join(dist, 'assets', name), content);
  }
}

beforeEach(async () => {
  dist = await mkdtemp(join(tmpdir(), 'bundle-'));
  await createDist();
});

afterEach(async () => {
  await rm(dist, { recursive: true, force: true });
});

test('marks the entry and its static imports, transitively, as initial', async () => {
  const chunks = await measureBundle(dist);

  const initial = chunks.filter((c) => c.initial).map((c) => c.file);
  expect(initial.sort()).toEqual(['assets/index-a.js', 'assets/shared-d.js', 'assets/vendor-b.js']);
});

test('counts lazy chunks and workers in the total only, and no CSS', async () => {
  const chunks = await measureBundle(dist);

  const lazy = chunks.filter((c) => !c.initial).map((c) => c.file);
  expect(lazy.sort()).toEqual([
    'assets/map-c.js',
    'assets/map-worker-g.js',
    'assets/parse-worker-e.js',
    'assets/worker-only-h.js',
  ]);
});

test('measures the gzip size, smaller than the raw size for repetitive code', async () => {
  const chunks = await measureBundle(dist);

  const vendor = chunks.find((c) => c.file === 'assets/vendor-b.js');
  expect(vendor?.bytes).toBe('export const v = 1;'.length * 400);
  expect(vendor?.gzipBytes).toBeLessThan(200);
});

test('reports initial and total against their targets', () => {
  const results = bundleResults([
    { file: 'a.js', bytes: 900_000, gzipBytes: 300 * 1024, initial: true },
    { file: 'b.js', bytes: 900_000, gzipBytes: 300 * 1024, initial: false },
  ]);

  expect(results.map((r) => [r.name, r.value, r.meets])).toEqual([
    ['Bundle: initial JS (gzip)', 300, true],
    ['Bundle: total JS (gzip)', 600, false],
  ]);
});

test('fails the initial figure when no entry chunk was found', () => {
  const [initial] = bundleResults([{ file: 'b.js', bytes: 10, gzipBytes: 10, initial: false }]);

  expect(initial?.meets).toBe(false);
  expect(initial?.value).toBeNaN();
});
