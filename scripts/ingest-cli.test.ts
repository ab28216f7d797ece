import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from './load-gazetteer.ts';
import type { EventCollection } from '../src/core/event.ts';
import type { IngestReport } from '../src/core/ingest/ingest-report.ts';
import { createInputFolder, runCli } from './ingest-test-helpers.ts';
import type { CliRun } from './ingest-test-helpers.ts';

/** Runs of the whole CLI: generous, for a busy CI machine. */
const CLI_TIMEOUT = 60_000;

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

  it(
    'exits 0 with a warning, and 1 with the same warning under --strict',
    async () => {
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
    },
    CLI_TIMEOUT,
  );

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

  it(
    'draws a progress bar on a terminal for a long run, and none when piped',
    async () => {
      const files: Record<string, string> = {};
      for (let i = 0; i < 60; i++)
        files[`a${String(i).padStart(2, '0')}.txt`] =
          `Forum ${i}\n\nThe AI Forum ${i} opened in Chengdu on May 5, 2023.`;
      const root = await createInputFolder(files);
      const args = [
        '--input',
        join(root, 'in'),
        '--output',
        join(root, 'o.geojson'),
        '--no-overrides',
      ];
      const terminal = await runCli(args, true);
      const piped = await runCli(args, false);
      expect(terminal.stderr).toMatch(/\r\[#{30}\] 60\/60 a59\.txt/);
      expect(piped.stderr).not.toContain('\r');
    },
    CLI_TIMEOUT,
  );

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

describe('ingest CLI with overrides', () => {
  const WIRE =
    'Canton Fair opens in Guangzhou\nPublished: Apr 15, 2023 08:30 PM\n\n' +
    'The 133rd China Import and Export Fair, also known as the Canton Fair, opened on Saturday in Guangzhou, ' +
    "capital of South China's Guangdong Province.";

  async function ingestWith(
    overrides: unknown[],
  ): Promise<{ run: CliRun; geojson: EventCollection; report: IngestReport }> {
    const root = await createInputFolder({ 'canton.txt': WIRE });
    const first = await runCli([
      '--input',
      join(root, 'in'),
      '--output',
      join(root, 'a', 'e.geojson'),
      '--no-overrides',
    ]);
    expect(first.code).toBe(0);
    const plain = JSON.parse(
      await readFile(join(root, 'a', 'e.geojson'), 'utf8'),
    ) as EventCollection;
    const id = plain.features[0]?.properties.id ?? '';
    const text = JSON.stringify(overrides).replaceAll('$ID', id);
    await writeFile(join(root, 'overrides.json'), text);
    const run = await runCli([
      '--input',
      join(root, 'in'),
      '--output',
      join(root, 'b', 'e.geojson'),
      '--overrides',
      join(root, 'overrides.json'),
    ]);
    return {
      run,
      geojson: JSON.parse(await readFile(join(root, 'b', 'e.geojson'), 'utf8')) as EventCollection,
      report: JSON.parse(
        await readFile(join(root, 'b', 'ingest-report.json'), 'utf8'),
      ) as IngestReport,
    };
  }

  it(
    'applies an override by id last, moves the point, and lists it in the report',
    async () => {
      const { geojson, report } = await ingestWith([
        {
          id: '$ID',
          set: {
            venue: 'China Import and Export Fair Complex',
            location_precision: 'venue',
            lon: 113.3655,
            lat: 23.1063,
          },
          reason: 'the fair is held at the Pazhou complex',
        },
      ]);
      const feature = geojson.features[0];
      expect(feature?.geometry?.coordinates).toEqual([113.3655, 23.1063]);
      expect(feature?.properties).toMatchObject({
        venue: 'China Import and Export Fair Complex',
        location_precision: 'venue',
      });
      expect(report.overrides.applied).toEqual([
        {
          id: feature?.properties.id,
          name: feature?.properties.name,
          fields: ['venue', 'location_precision', 'lon', 'lat'],
          reason: 'the fair is held at the Pazhou complex',
        },
      ]);
      expect(report.files[0]?.warnings.map((w) => w.code)).toContain('overridden');
    },
    CLI_TIMEOUT,
  );

  it(
    'warns about an override of an unknown id or field, and the run goes on',
    async () => {
      const { run, report } = await ingestWith([
        { id: 'ev-000000000000', set: { city: 'Foshan' }, reason: 'r' },
        { id: '$ID', set: { colour: 'red' }, reason: 'r' },
      ]);
      expect(run.code).toBe(0);
      expect(report.overrides.warnings.map((w) => w.message)).toEqual([
        'override for unknown id "ev-000000000000": no such event in this run',
        expect.stringMatching(/unknown field "colour"/),
      ]);
    },
    CLI_TIMEOUT,
  );
});
