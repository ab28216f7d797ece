import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ColumnsFileReader } from '../src/core/columns-file-reader.ts';
import type { EventChunk } from '../src/core/event-chunk.ts';
import { storeContents } from '../src/core/event-fixture.ts';
import { buildEventStore, EventStoreBuilder } from '../src/core/event-store.ts';
import { readEvents } from '../src/core/read-events.ts';
import { packColumns } from './pack-columns-write.ts';

const fixture = 'src/test/fixtures/one-bad-feature.geojson';

function pack(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['--experimental-strip-types', 'scripts/pack-columns.ts', ...args],
    { encoding: 'utf8' },
  );
  return { code: run.status, stderr: run.stderr };
}

function readBack(file: string) {
  const builder = new EventStoreBuilder();
  const reader = new ColumnsFileReader((chunk: EventChunk) => {
    builder.addChunk(chunk);
  });
  reader.push(readFileSync(file));
  return { summary: reader.end(), store: builder.finish() };
}

describe('pack-columns', () => {
  test('writes the events a GeoJSON load keeps, and what it skipped', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'pack-')), 'events.eatlas');
    const { collection, ...expected } = readEvents(JSON.parse(readFileSync(fixture, 'utf8')));

    const result = await packColumns(fixture, output);

    const back = readBack(output);
    expect(storeContents(back.store)).toEqual(storeContents(buildEventStore(collection.features)));
    expect(back.summary).toEqual({ kept: collection.features.length, ...expected });
    expect(result).toMatchObject({ kept: collection.features.length, skipped: expected.skipped });
  });

  test('names the output after the input when --output is not given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-'));
    writeFileSync(join(dir, 'mine.geojson'), readFileSync(fixture));

    const run = pack(join(dir, 'mine.geojson'));

    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^packed 3 events, 1 skipped .* into .*mine\.eatlas \(/);
    expect(existsSync(join(dir, 'mine.eatlas'))).toBe(true);
  });

  test('a file that is not JSON fails naming it, and leaves no output behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-'));
    writeFileSync(join(dir, 'bad.geojson'), '{"type": "FeatureCollection",');

    const run = pack(join(dir, 'bad.geojson'), '--output', join(dir, 'bad.eatlas'));

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.geojson is not valid JSON: Unexpected end/);
    expect(existsSync(join(dir, 'bad.eatlas'))).toBe(false);
    expect(existsSync(join(dir, 'bad.eatlas.partial'))).toBe(false);
  });

  test('a missing input fails saying what to pass', () => {
    const run = pack('/nowhere/events.geojson');

    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'cannot read /nowhere/events.geojson: no such file — pass an events GeoJSON file\n',
    );
  });

  test('an output folder that does not exist fails naming the output', () => {
    const run = pack(fixture, '--output', '/nowhere/events.eatlas');

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^cannot write \/nowhere\/events\.eatlas: ENOENT.* — pass an --output in a folder that exists\n$/,
    );
  });

  test('no input at all prints the usage', () => {
    const run = pack();

    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^name the GeoJSON dataset to pack\nusage: npm run pack-columns/);
  });
});
