// Issue 18 in real Chromium: the five files a new user brought from elsewhere, an Arrow file and a
// Parquet file as DuckDB and pandas write them, each opened by `?data=`, the file picker or drag
// and drop, counted on the map, in the time chart, in the table and in the exported CSV; Save as
// Arrow read back; the project's own dataset opens with no notice. Every fixture is made here.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  dictionary,
  float64,
  int64,
  tableFromArrays,
  tableToIPC,
  timestamp,
  TimeUnit,
  utf8,
} from '@uwdata/flechette';
import { parquetWriteBuffer } from 'hyparquet-writer';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startApp, type AppSession } from './harness.ts';
import { mapIdle, renderedEvents } from './map-page.ts';

let app: AppSession;
let dir: string;

const point = (i: number) => ({ type: 'Point', coordinates: [-120 + 7 * i, 35 - 3 * i] });

const usgs = {
  type: 'FeatureCollection',
  features: [0, 1, 2].map((i) => ({
    type: 'Feature',
    id: `us700${String(i)}`,
    geometry: { ...point(i), coordinates: [...point(i).coordinates, 10] },
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

const plain = {
  type: 'FeatureCollection',
  features: [0, 1, 2, 3, 4, 5].map((i) => ({
    type: 'Feature',
    geometry: point(i),
    properties: { name: `Meetup ${String(i)}`, date: `202${String(i % 4)}-0${String(i + 1)}-15` },
  })),
};

const csv =
  'name,date,lat,lon\nAlpha Conf,2021-03-04,48.85,2.35\nBeta Summit,2022-09-20,-33.45,-70.66\n';

/** Four events of the project's own dataset in the schema first published (evidence as one text). */
function firstSchema() {
  const own = JSON.parse(readFileSync('data/events.geojson', 'utf8')) as {
    features: { properties: Record<string, unknown> }[];
  };
  const features = own.features.slice(0, 4).map((f) => {
    const properties = { ...f.properties };
    const { date = '', place = '' } = (properties.evidence ?? {}) as {
      date?: string;
      place?: string;
    };
    delete properties.status;
    return { ...f, properties: { ...properties, evidence: `${date} ${place}`.trim() } };
  });
  return { type: 'FeatureCollection', features };
}

const noPrecision = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: point(0),
      properties: { id: 'a', name: 'Starts only', start: '2023-09-20' },
    },
  ],
};

/** As DuckDB's `COPY … TO 'x.arrow'` writes: a file, timestamps in µs, BIGINT, VARCHAR. */
function duckdbArrow(): Uint8Array {
  const table = tableFromArrays(
    {
      title: ['A', 'B', 'C'],
      starts_at: [new Date('2021-05-01T09:00Z'), new Date('2022-06-01T09:00Z'), null],
      attendees: [120n, 40n, 9n],
      kind: ['expo', 'forum', 'expo'],
      latitude: [1.3, 52.5, 40.4],
      longitude: [103.8, 13.4, -3.7],
    },
    {
      types: {
        title: utf8(),
        starts_at: timestamp(TimeUnit.MICROSECOND),
        attendees: int64(),
        kind: dictionary(utf8()),
        latitude: float64(),
        longitude: float64(),
      },
    },
  );
  return tableToIPC(table, { format: 'file' }) as Uint8Array;
}

/** As pandas' `to_parquet` writes (pyarrow, snappy): int64, datetime64 and a WKT column. */
function pandasParquet(): ArrayBuffer {
  return parquetWriteBuffer({
    columnData: [
      { name: 'event', data: ['Kiel Week', 'Oslo Days'], type: 'STRING' },
      {
        name: 'when',
        data: [new Date('2020-06-20T00:00Z'), new Date('2024-02-01T00:00Z')],
        type: 'TIMESTAMP',
      },
      { name: 'visitors', data: [3_000_000n, 1200n], type: 'INT64' },
      { name: 'geometry', data: ['POINT (10.13 54.32)', 'POINT (10.75 59.91)'], type: 'STRING' },
    ],
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'open-data-'));
  await writeFile(join(dir, 'usgs.geojson'), JSON.stringify(usgs));
  await writeFile(join(dir, 'plain.geojson'), JSON.stringify(plain));
  await writeFile(join(dir, 'first-schema.geojson'), JSON.stringify(firstSchema()));
  await writeFile(join(dir, 'no-precision.geojson'), JSON.stringify(noPrecision));
  await writeFile(join(dir, 'meetups.csv'), csv);
  await writeFile(join(dir, 'duckdb.arrow'), duckdbArrow());
  await writeFile(join(dir, 'pandas.parquet'), new Uint8Array(pandasParquet()));
  app = await startApp({ mounts: { '/made/': dir } });
});

afterAll(async () => {
  await app.close();
});

const rows = (page: Page) => page.locator('.event-table tbody tr[data-pos]');
const notice = (page: Page) => page.getByRole('status', { name: 'Load summary' });
const made = (file: string) => encodeURIComponent(`${app.url}made/${file}`);

async function openPage(params: string): Promise<Page> {
  const page = await app.newPage();
  await page.goto(`${app.url}?debug${params}`);
  return page;
}

async function open(file: string, count: number, params = ''): Promise<Page> {
  const page = await openPage(`&data=${made(file)}${params}`);
  await expect.poll(() => rows(page).count(), { timeout: 30_000 }).toBe(count);
  return page;
}

/** Events the time chart counts: its bars plus the undated chip. */
async function timeChartTotal(page: Page): Promise<number> {
  const { labels, chip } = await page.evaluate(() => ({
    labels: [...document.querySelectorAll('.time-chart g.bar-button')].map(
      (g) => g.getAttribute('aria-label') ?? '',
    ),
    chip: document.querySelector('.time-chart .time-extras button.chip-toggle')?.textContent ?? '',
  }));
  const count = (text: string, re: RegExp) => Number((re.exec(text)?.[1] ?? '0').replace(/,/g, ''));
  return (
    labels.reduce((n, label) => n + count(label, /: ([\d,]+) events?$/), 0) +
    count(chip, /\(([\d,]+)\)/)
  );
}

async function exportedCsv(page: Page): Promise<Record<string, string>[]> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const text = await readFile(await file.path(), 'utf8');
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

/** `count` events in the table, on the map, in the time chart and in the exported CSV. */
async function expectEverywhere(page: Page, count: number): Promise<Record<string, string>[]> {
  await expect.poll(() => rows(page).count(), { timeout: 30_000 }).toBe(count);
  await mapIdle(page);
  expect((await renderedEvents(page)).total).toBe(count);
  expect(await timeChartTotal(page)).toBe(count);
  const exported = await exportedCsv(page);
  expect(exported).toHaveLength(count);
  return exported;
}

describe('the five files of the issue', () => {
  test('a USGS feed: time read as epoch ms, mag kept in the detail panel and the export', async () => {
    const page = await open('usgs.geojson', 3);
    const exported = await expectEverywhere(page, 3);
    expect(exported.map((r) => r.mag)).toEqual(['4.5', '5.5', '6.5']);
    expect(await notice(page).innerText()).toMatch(
      /3 features read: 3 loaded; `time` read as epoch ms/,
    );
    await rows(page).first().click();
    expect(await page.locator('.event-detail').innerText()).toMatch(/mag\s*4\.5/);
  });

  test('a plain GeoJSON with only name and date', async () => {
    const page = await open('plain.geojson', 6);
    const exported = await expectEverywhere(page, 6);
    expect(exported.map((r) => r.name)).toContain('Meetup 3');
  });

  test('a dataset in the first published schema (evidence as one text)', async () => {
    const page = await open('first-schema.geojson', 4);
    await expectEverywhere(page, 4);
  });

  test('a start without date_precision is read as a day, not unknown', async () => {
    const page = await open('no-precision.geojson', 1);
    const [event] = await expectEverywhere(page, 1);
    expect(event?.date_precision).toBe('day');
  });

  test('a CSV opened from the file picker', async () => {
    const page = await openPage('');
    await expect.poll(() => rows(page).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open dataset…' }).click();
    await (await chooser).setFiles(join(dir, 'meetups.csv'));
    await expect
      .poll(() => page.locator('.dataset-source').innerText(), { timeout: 30_000 })
      .toBe('meetups.csv');
    const exported = await expectEverywhere(page, 2);
    expect(exported.map((r) => [r.name, r.lat, r.lon])).toEqual([
      ['Alpha Conf', '48.85', '2.35'],
      ['Beta Summit', '-33.45', '-70.66'],
    ]);
  });

  test('a CSV dropped on the page', async () => {
    const page = await openPage('');
    await expect.poll(() => rows(page).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.evaluate((body) => {
      const data = new DataTransfer();
      data.items.add(new File([body], 'dropped.csv', { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: data, cancelable: true }));
      }
    }, csv);
    await expect
      .poll(() => page.locator('.dataset-source').innerText(), { timeout: 30_000 })
      .toBe('dropped.csv');
    await expectEverywhere(page, 2);
  });
});

describe('Arrow and Parquet', () => {
  test('an Arrow file as DuckDB writes it opens with its fields guessed', async () => {
    const page = await open('duckdb.arrow', 3);
    const exported = await expectEverywhere(page, 3);
    expect(exported.map((r) => [r.name, r.start, r.attendees])).toEqual([
      ['A', '2021-05-01', '120'],
      ['B', '2022-06-01', '40'],
      ['C', '', '9'],
    ]);
  });

  test('the mapping in the URL overrides the guess', async () => {
    const page = await open('duckdb.arrow', 3, '&fields=name:kind');
    const exported = await exportedCsv(page);
    expect(exported.map((r) => r.name)).toEqual(['expo', 'forum', 'expo']);
  });

  test('a Parquet file as pandas writes it opens by ?data=, its WKT points on the map', async () => {
    const page = await open('pandas.parquet', 2);
    const exported = await expectEverywhere(page, 2);
    expect(exported.map((r) => [r.name, r.start, r.lon, r.visitors])).toEqual([
      ['Kiel Week', '2020-06-20', '10.13', '3000000'],
      ['Oslo Days', '2024-02-01', '10.75', '1200'],
    ]);
  });

  test('Save as Arrow, then opening the file, gives the same events', async () => {
    const page = await openPage('');
    await expect.poll(() => rows(page).count(), { timeout: 30_000 }).toBe(7);
    const before = await exportedCsv(page);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as Arrow' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.arrow$/);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open dataset…' }).click();
    const buffer = await readFile(await file.path());
    await (
      await chooser
    ).setFiles({ name: 'saved.arrow', mimeType: 'application/octet-stream', buffer });
    await expect
      .poll(() => page.locator('.dataset-source').innerText(), { timeout: 30_000 })
      .toBe('saved.arrow');
    await expect.poll(() => rows(page).count(), { timeout: 30_000 }).toBe(7);
    expect(await exportedCsv(page)).toEqual(before);
    expect(await notice(page).count()).toBe(0);
  });
});

test("the project's own dataset opens with no notice at all", async () => {
  const page = await openPage('');
  await expect.poll(() => rows(page).count(), { timeout: 30_000 }).toBe(7);
  expect(await notice(page).count()).toBe(0);
});
