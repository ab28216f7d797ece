import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from './load-gazetteer.ts';
import { createInputFolder, runCli } from './ingest-test-helpers.ts';

beforeAll(async () => {
  await loadGazetteer();
}, 120_000);

describe('ingest CLI', () => {
  it('prints the help and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^Usage: npm run ingest -- \[--input <dir>\]/);
  });

  it('exits 2 on an unknown flag, saying so', async () => {
    const run = await runCli(['--inptu', 'seeds']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown option '--inptu'.*\nRun with --help/s);
  });

  it('exits 2 on a missing value', async () => {
    expect((await runCli(['--input'])).code).toBe(2);
  });

  it('exits 2 when the input folder does not exist', async () => {
    const root = await createInputFolder({});
    const run = await runCli([
      '--input',
      join(root, 'nope'),
      '--output',
      join(root, 'out.geojson'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /cannot read input folder ".*nope": no such file or folder — pass an existing folder/,
    );
  });

  it('exits 2 when the input is a file', async () => {
    const root = await createInputFolder({ 'a.txt': 'x' });
    const run = await runCli([
      '--input',
      join(root, 'in', 'a.txt'),
      '--output',
      join(root, 'o.geojson'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is not a folder/);
  });

  it('exits 2 when a named overrides file does not exist', async () => {
    const root = await createInputFolder({});
    const run = await runCli([
      '--input',
      join(root, 'in'),
      '--output',
      join(root, 'o.geojson'),
      '--overrides',
      join(root, 'missing.json'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot read the overrides file/);
  });

  it('writes an empty collection and exits 0, even with --strict, for an empty folder', async () => {
    const root = await createInputFolder({});
    const run = await runCli([
      '--input',
      join(root, 'in'),
      '--output',
      join(root, 'out', 'e.geojson'),
      '--no-overrides',
      '--strict',
    ]);
    expect(run.code).toBe(0);
    expect(await readFile(join(root, 'out', 'e.geojson'), 'utf8')).toBe(
      '{\n  "type": "FeatureCollection",\n  "features": []\n}\n',
    );
  });

  it('puts the report next to the output by default', async () => {
    const root = await createInputFolder({});
    await runCli([
      '--input',
      join(root, 'in'),
      '--output',
      join(root, 'out', 'e.geojson'),
      '--no-overrides',
    ]);
    const report = JSON.parse(await readFile(join(root, 'out', 'ingest-report.json'), 'utf8')) as {
      input: string;
    };
    expect(report.input).toBe(join(root, 'in'));
  });

  it('exits 0 with a warning, and 1 with the same warning under --strict', async () => {
    const root = await createInputFolder({ 'photo.jpg': 'not an article' });
    const args = [
      '--input',
      join(root, 'in'),
      '--output',
      join(root, 'o.geojson'),
      '--no-overrides',
    ];
    expect((await runCli(args)).code).toBe(0);
    expect((await runCli([...args, '--strict'])).code).toBe(1);
  });

  it('exits 1 when the output cannot be written', async () => {
    const root = await createInputFolder({});
    await writeFile(join(root, 'blocker'), 'a file where a folder should be');
    const run = await runCli([
      '--input',
      join(root, 'in'),
      '--output',
      join(root, 'blocker', 'o.geojson'),
      '--no-overrides',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot write the output/);
  });

  it('sets the exit status of the real process', () => {
    const run = spawnSync(
      process.execPath,
      ['--experimental-strip-types', 'scripts/ingest.ts', '--bogus'],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Unknown option '--bogus'/);
  });
});
