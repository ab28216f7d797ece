// Issue 18 in real Chromium: a USGS feed and an Arrow file written by another tool open with the
// right count and one summary line; the project's own dataset opens with no notice. Every
// fixture is made here.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromArrays, tableToIPC } from '@uwdata/flechette';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startApp, type AppSession } from './harness.ts';

let app: AppSession;
let dir: string;

const usgs = {
  type: 'FeatureCollection',
  features: [0, 1, 2].map((i) => ({
    type: 'Feature',
    id: `us700${String(i)}`,
    geometry: { type: 'Point', coordinates: [-120 + i, 35 + i, 10] },
    properties: {
      mag: 4.5 + i,
      place: `${String(10 + i)} km N of Town`,
      time: 1695200000000 + i * 86_400_000,
      url: 'https://earthquake.example/event',
      title: `M ${String(4.5 + i)} - Town ${String(i)}`,
      status: 'reviewed',
      type: 'earthquake',
    },
  })),
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'open-data-'));
  await writeFile(join(dir, 'usgs.geojson'), JSON.stringify(usgs));
  const arrow = tableToIPC(
    tableFromArrays({
      title: ['A', 'B'],
      when: ['2021-05-01', '2022-06-01'],
      y: [1, 2],
      x: [3, 4],
    }),
    { format: 'stream' },
  );
  await writeFile(join(dir, 'duckdb.arrow'), arrow as Uint8Array);
  app = await startApp({ mounts: { '/made/': dir } });
});

afterAll(async () => {
  await app.close();
});

const rows = (page: Page) => page.locator('.event-table tbody tr[data-pos]');

async function open(params: string, count: number): Promise<Page> {
  const page = await app.newPage();
  await page.goto(`${app.url}${params}`);
  await expect.poll(() => rows(page).count(), { timeout: 30_000 }).toBe(count);
  return page;
}

const notice = (page: Page) => page.getByRole('status', { name: 'Load summary' });

test('a USGS feed opens, says how it read time, and shows mag in the detail panel', async () => {
  const page = await open(`?data=${encodeURIComponent(`${app.url}made/usgs.geojson`)}`, 3);
  await expect
    .poll(() => notice(page).innerText())
    .toMatch(/3 features read: 3 loaded; `time` read as epoch ms/);
  await rows(page).first().click();
  const other = page.getByRole('definition').filter({ hasText: '4.5' });
  await expect.poll(() => other.count()).toBeGreaterThan(0);
  expect(await page.locator('.event-detail').innerText()).toMatch(/mag/);
});

test('an Arrow file written by another tool opens with the mapping in the URL', async () => {
  await open(
    `?data=${encodeURIComponent(`${app.url}made/duckdb.arrow`)}&fields=lat:y,lon:x,name:title,start:when`,
    2,
  );
});

test("the project's own dataset opens with no notice at all", async () => {
  const page = await open('', 7);
  expect(await notice(page).count()).toBe(0);
});
