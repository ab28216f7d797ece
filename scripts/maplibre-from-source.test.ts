import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { build } from 'vite';
import {
  checkSourceShipped,
  maplibreFromSource,
  transformMapLibreSource,
} from './maplibre-from-source.ts';
import { moduleWorkerChunks } from './module-worker-chunks.ts';

const sourceDir = join(
  dirname(createRequire(import.meta.url).resolve('maplibre-gl/package.json')),
  'src',
);

async function run(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
    result: unknown;
  };
  return module.result;
}

test('a field a subclass only declares keeps the value its base class constructor set', async () => {
  const code = [
    'class Base { constructor() { this.kind = "set by base"; } }',
    'class Child extends Base { kind: string; }',
    'export const result = new Child().kind;',
  ].join('\n');

  const { code: js } = await transformMapLibreSource(code, join(sourceDir, 'ui', 'example.ts'));

  expect(await run(js)).toBe('set by base');
});

test('the plugin leaves files outside MapLibre’s source to Vite', async () => {
  const hook = maplibreFromSource().transform;
  if (typeof hook !== 'function') throw new Error('expected a transform function');

  const result: unknown = await hook.call(
    // The hook reads nothing from its context.
    Object.create(null) as ThisParameterType<typeof hook>,
    'const a: number = 1;',
    join(tmpdir(), 'app.ts'),
  );

  expect(result).toBeUndefined();
});

test('a maplibre-gl without its source fails the build, saying what to do', async () => {
  const empty = await mkdtemp(join(tmpdir(), 'no-maplibre-source-'));
  try {
    expect(() => {
      checkSourceShipped(empty);
    }).toThrow(/index\.ts is missing.*install a version that ships src\//);
  } finally {
    await rm(empty, { recursive: true, force: true });
  }
});

test('the installed maplibre-gl ships the source the build compiles', () => {
  expect(() => {
    checkSourceShipped(sourceDir);
  }).not.toThrow();
});

test('for tests without WebGL, the prebuilt files are used and the worker is the prebuilt one', async () => {
  const hook = maplibreFromSource({ prebuilt: true }).config;
  if (typeof hook !== 'function') throw new Error('expected a config function');

  const config: unknown = await hook.call(
    Object.create(null) as ThisParameterType<typeof hook>,
    {},
    { command: 'serve', mode: 'test' },
  );

  expect(JSON.stringify(config)).toContain('dist/maplibre-gl-worker.mjs');
  expect(JSON.stringify(config)).not.toContain('index.ts');
});

let root: string;
let output: Map<string, string>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'maplibre-source-'));
  await writeFile(
    join(root, 'index.html'),
    '<!doctype html><div id="map"></div><script type="module" src="./main.ts"></script>',
  );
  await writeFile(
    join(root, 'main.ts'),
    [
      "import { Map, setWorkerUrl } from 'maplibre-gl';",
      "import workerUrl from 'maplibre-gl/worker?module-worker';",
      'setWorkerUrl(workerUrl);',
      "new Map({ container: 'map', style: { version: 8, sources: {}, layers: [] } });",
    ].join('\n'),
  );
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    base: './',
    plugins: [moduleWorkerChunks(), maplibreFromSource()],
    build: { outDir: 'dist', chunkSizeWarningLimit: 5000 },
  });
  const dir = join(root, 'dist', 'assets');
  output = new Map();
  for (const name of await readdir(dir)) output.set(name, await readFile(join(dir, name), 'utf8'));
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function chunk(start: string): [string, string] {
  const found = [...output].find(([name]) => name.startsWith(start));
  if (found === undefined) throw new Error(`no ${start}* in ${[...output.keys()].join(', ')}`);
  return found;
}

test('MapLibre’s worker is built from source beside the map and shares its code', () => {
  const [workerFile, worker] = chunk('maplibre-gl-worker-');
  const [, page] = chunk('index-');
  const total = [...output.values()].reduce((sum, code) => sum + code.length, 0);

  expect(page).toContain(`new URL(\`${workerFile}\`,import.meta.url)`);
  // The prebuilt worker alone is ~520 KB; what is the worker's own is a small part of it.
  expect(worker.length).toBeLessThan(total * 0.1);
  const imported = [...worker.matchAll(/from"\.\/([^"]+)"/g)].map((match) => match[1] ?? '');
  expect(imported.some((file) => page.includes(`./${file}`))).toBe(true);
});
