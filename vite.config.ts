import { existsSync, readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { maplibreFromSource } from './scripts/maplibre-from-source.ts';
import { moduleWorkerChunks } from './scripts/module-worker-chunks.ts';

// Tests see one time zone, far from UTC, so date code that leaks local time fails here first.
process.env.TZ = 'America/Los_Angeles';

// The app fetches the ingest's output at `./data/events.geojson`: served from data/ by the dev
// server and copied into dist/data/ by the build, so both find it at the same relative URL.
function eventsDataset(file = 'data/events.geojson'): Plugin {
  return {
    name: 'event-atlas-dataset',
    configureServer(server) {
      server.middlewares.use(`/${file}`, (_req, res) => {
        if (!existsSync(file)) {
          res.statusCode = 404;
          res.end(`${file} is missing: run npm run ingest`);
          return;
        }
        res.setHeader('content-type', 'application/geo+json; charset=utf-8');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      if (existsSync(file))
        this.emitFile({ type: 'asset', fileName: file, source: readFileSync(file) });
    },
  };
}

export default defineConfig({
  plugins: [
    moduleWorkerChunks(),
    // Vitest's environments have no WebGL: the map only ever fails there, so it is not compiled.
    maplibreFromSource({ prebuilt: process.env.VITEST !== undefined }),
    react(),
    eventsDataset(),
  ],
  base: './',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  // The largest chunks (the page, the map, MapLibre's code shared with its worker) are 530–650 KB
  // before gzip; `npm run bench` tracks bundle sizes against their targets.
  build: {
    target: 'es2023',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    // The parsing worker (src/data/load-dataset.ts and what it imports, one chunk) imports
    // hyparquet only when a Parquet file is opened; Vite's helper that preloads a lazy import's
    // chunks needs a document, which a worker has not: that chunk's lazy imports preload nothing.
    modulePreload: {
      resolveDependencies: (_file, deps, { hostId }) =>
        /(^|\/)load-dataset-[\w-]+\.js$/.test(hostId) ? [] : deps,
    },
    license: { fileName: 'third-party-licenses.md' },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
            'eval/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'happy-dom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
