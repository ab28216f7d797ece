import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { build, createServer } from 'vite';
import { moduleWorkerChunks } from './module-worker-chunks.ts';

let root: string;

// A page and a worker that both use one sizeable module.
const files: Record<string, string> = {
  'index.html': '<!doctype html><script type="module" src="./main.ts"></script>',
  'shared.ts': `export const table = ${JSON.stringify(
    Array.from({ length: 400 }, (_, i) => `shared-entry-${String(i)}`),
  )};`,
  'main.ts': [
    "import { table } from './shared.ts';",
    "import workerUrl from './sum.worker.ts?module-worker';",
    'new Worker(workerUrl, { type: "module" });',
    'console.log(table.length);',
  ].join('\n'),
  'sum.worker.ts': [
    "import { table } from './shared.ts';",
    'self.postMessage(table.join().length);',
  ].join('\n'),
  'missing.ts': "import url from './nowhere.worker.ts?module-worker';\nconsole.log(url);",
  'twins.ts': [
    "import first from './sum.worker.ts?module-worker';",
    "import { second } from './b/import-twin.ts';",
    'console.log(first, second);',
  ].join('\n'),
  'b/import-twin.ts': "export { default as second } from './sum.worker.ts?module-worker';",
  'b/sum.worker.ts': 'self.postMessage("the other one");',
};

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'module-worker-'));
  await mkdir(join(root, 'b'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(root, name), content);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function buildFixture(input = join(root, 'index.html')): Promise<Map<string, string>> {
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [moduleWorkerChunks()],
    base: './',
    build: { outDir: 'dist', rollupOptions: { input } },
  });
  const dir = join(root, 'dist', 'assets');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.js'));
  const output = new Map<string, string>();
  for (const name of names) output.set(name, await readFile(join(dir, name), 'utf8'));
  return output;
}

function fileNamed(output: Map<string, string>, start: string): [string, string] {
  const found = [...output].find(([name]) => name.startsWith(start));
  if (found === undefined) throw new Error(`no ${start}* in ${[...output.keys()].join(', ')}`);
  return found;
}

test('the page gets the URL of the worker built as a chunk of its own build', async () => {
  const output = await buildFixture();

  const [workerFile] = fileNamed(output, 'sum.worker-');
  const [, page] = fileNamed(output, 'index-');
  expect(page).toContain(`new URL(\`${workerFile}\`,import.meta.url)`);
});

test('code the worker shares with the page is shipped once, in a chunk both import', async () => {
  const output = await buildFixture();

  const holding = [...output].filter(([, code]) => code.includes('shared-entry-399'));
  expect(holding).toHaveLength(1);
  const [sharedFile = ''] = holding[0] ?? [];
  expect(fileNamed(output, 'sum.worker-')[1]).toContain(`./${sharedFile}`);
  expect(fileNamed(output, 'index-')[1]).toContain(`./${sharedFile}`);
});

test('two workers imported by the same relative path from two folders stay two', async () => {
  const output = await buildFixture(join(root, 'twins.ts'));

  const workers = [...output].filter(([name]) => name.startsWith('sum.worker'));
  expect(workers).toHaveLength(2);
  expect(workers.filter(([, code]) => code.includes('the other one'))).toHaveLength(1);
});

test('a worker path that does not exist fails the build, naming it', async () => {
  await expect(buildFixture(join(root, 'missing.ts'))).rejects.toThrow(
    /\.\/nowhere\.worker\.ts\?module-worker: no worker script at that path/,
  );
});

test('the dev server hands out the worker script itself, which it transforms on request', async () => {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [moduleWorkerChunks()],
    server: { middlewareMode: true, ws: false },
  });
  try {
    const loaded = (await server.ssrLoadModule('./sum.worker.ts?module-worker')) as {
      default: string;
    };
    expect(loaded.default).toBe(`/@fs${join(root, 'sum.worker.ts')}`);
  } finally {
    await server.close();
  }
});
