import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { synthEvents } from '../src/core/synth/synth-event.ts';
import { writeSynthDataset } from './synth-write.ts';

const themes = [
  { slug: 'ai', label: 'Artificial intelligence' },
  { slug: 'metaverse', label: 'Metaverse' },
];

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synth-write-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('writes a FeatureCollection holding exactly the generated events', async () => {
  const output = join(dir, 'nested', 'events.geojson');

  await writeSynthDataset({ events: 3000, seed: 9, output, themes });

  const parsed = JSON.parse(await readFile(output, 'utf8')) as unknown;
  expect(parsed).toEqual({
    type: 'FeatureCollection',
    features: [...synthEvents(9, 3000, themes)],
  });
});

test('returns the size of the file and leaves no partial file behind', async () => {
  const output = join(dir, 'events.geojson');

  const bytes = await writeSynthDataset({ events: 500, seed: 1, output, themes });

  expect(bytes).toBe((await readFile(output)).length);
  expect(await readdir(dir)).toEqual(['events.geojson']);
});

test('writes a valid empty collection for zero events', async () => {
  const output = join(dir, 'empty.geojson');

  await writeSynthDataset({ events: 0, seed: 1, output, themes });

  expect(JSON.parse(await readFile(output, 'utf8'))).toEqual({
    type: 'FeatureCollection',
    features: [],
  });
});

test('reports progress up to the number of events', async () => {
  const seen: number[] = [];

  await writeSynthDataset({
    events: 20_000,
    seed: 2,
    output: join(dir, 'p.geojson'),
    themes,
    onProgress: (n) => seen.push(n),
  });

  expect(seen.at(-1)).toBe(20_000);
  expect(seen.length).toBeGreaterThan(1);
});
