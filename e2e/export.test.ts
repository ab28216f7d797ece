// Acceptance 4 in real Chromium against the built app: the exported CSV, parsed with a CSV
// parser, equals the rows the table lists (same events, same order); a formula-shaped name is
// neutralised; Chinese text survives the round trip; GeoJSON holds the same events.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startApp, type AppSession } from './harness.ts';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app.close();
});

function datasetUrl(params = ''): string {
  return `${app.url}?data=${encodeURIComponent(`${app.url}fixtures/export-events.geojson`)}${params}`;
}

const bodyRows = (page: Page) => page.locator('.event-table tbody tr[data-pos]');

/** What the table shows per row: the full name (the cell's title) and the place column. */
function tableRows(page: Page): Promise<{ name: string; place: string }[]> {
  return bodyRows(page).evaluateAll((rows) =>
    rows.map((row) => {
      const cells = (row as HTMLTableRowElement).cells;
      return { name: cells[1]?.title ?? '', place: cells[2]?.title ?? '' };
    }),
  );
}

async function openWithRows(params: string, rows: number): Promise<Page> {
  const page = await app.newPage();
  await page.goto(datasetUrl(params));
  await expect.poll(() => bodyRows(page).count(), { timeout: 30_000 }).toBe(rows);
  return page;
}

async function download(page: Page, button: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return file;
}

async function downloadCsv(page: Page) {
  const file = await download(page, 'Export CSV');
  const bytes = await readFile(await file.path());
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { name: file.suggestedFilename(), bytes, records: parsed.data };
}

/** The name as the table shows it: the CSV's guard quote, if any, taken off again. */
function shownName(csvName: string | undefined): string {
  return (csvName ?? '').replace(/^'(?=[=+\-@\t\r])/, '');
}

test('the CSV holds exactly the table rows, in the table order', async () => {
  const page = await openWithRows('', 7);
  const csv = await downloadCsv(page);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.name).toMatch(/^event-atlas_\d{4}-\d{2}-\d{2}_all\.csv$/);
  const shown = await tableRows(page);
  expect(csv.records.map((r) => shownName(r.name))).toEqual(shown.map((r) => r.name));
  expect(csv.records.map((r) => r.place)).toEqual(shown.map((r) => r.place));
});

test('a formula-shaped name is neutralised, negative coordinates stay numbers', async () => {
  const page = await openWithRows('', 7);
  const { records } = await downloadCsv(page);
  const byId = new Map(records.map((r) => [r.id, r]));
  expect(byId.get('formula-2022')?.name).toBe('\'=HYPERLINK("http://x","y")');
  expect(byId.get('santiago-2022')?.name).toBe("'-Santiago AI Summit");
  expect(byId.get('chain-week-2021')?.organisers).toBe("'@Web3 Alliance; +Chain Lab");
  expect([byId.get('santiago-2022')?.lon, byId.get('santiago-2022')?.lat]).toEqual([
    '-70.6693',
    '-33.4489',
  ]);
  expect([byId.get('chain-week-2021')?.lon, byId.get('chain-week-2021')?.lat]).toEqual(['', '']);
  expect(byId.get('chain-week-2021')?.evidence_date).toBe('From November 15\nto 19, online.');
});

test('Chinese text survives the round trip', async () => {
  const page = await openWithRows('', 7);
  const { records } = await downloadCsv(page);
  const event = records.find((r) => r.id === 'metaverse-beijing-2022');
  expect(event?.name).toBe('2022世界元宇宙大会（北京）');
  expect(event?.place).toBe('北京首钢园');
  expect(event?.organisers).toBe('中国通信工业协会');
  expect(event?.evidence_place).toBe('在北京首钢园举行');
});

test('a filtered view exports only its rows, and the file name says which', async () => {
  const page = await openWithRows('&years=2022&themes=metaverse', 2);
  const csv = await downloadCsv(page);
  expect(csv.name).toMatch(/^event-atlas_\d{4}-\d{2}-\d{2}_years-2022_themes-metaverse\.csv$/);
  expect(csv.records.map((r) => r.id).sort()).toEqual(['formula-2022', 'metaverse-beijing-2022']);
  expect(csv.records.map((r) => shownName(r.name))).toEqual(
    (await tableRows(page)).map((r) => r.name),
  );
});

test('the CSV follows the table when it is sorted by another column', async () => {
  const page = await openWithRows('', 7);
  const header = page.locator('.event-table th', { hasText: 'Name' });
  await header.getByRole('button').click();
  await header.getByRole('button').click();
  expect(await header.getAttribute('aria-sort')).toBe('descending');
  const { records } = await downloadCsv(page);
  expect(records.map((r) => shownName(r.name))).toEqual((await tableRows(page)).map((r) => r.name));
});

test('GeoJSON export holds the same events, unplaced ones with a null geometry', async () => {
  const page = await openWithRows('&years=2021-2022', 4);
  const file = await download(page, 'Export GeoJSON');
  expect(file.suggestedFilename()).toMatch(/_years-2021-2022\.geojson$/);
  const collection = JSON.parse(await readFile(await file.path(), 'utf8')) as {
    type: string;
    features: { geometry: unknown; properties: { id: string; name: string } }[];
  };
  expect(collection.type).toBe('FeatureCollection');
  expect(collection.features.map((f) => f.properties.name)).toEqual(
    (await tableRows(page)).map((r) => r.name),
  );
  const unplaced = collection.features.find((f) => f.properties.id === 'chain-week-2021');
  expect(unplaced?.geometry).toBeNull();
});
