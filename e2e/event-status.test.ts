// Event status and the online rule in real Chromium against the built app: the detail panel
// badges a cancelled online event and a postponed one, a dataset written before `status` existed
// still loads (its events read as held), and the CSV export carries the status column.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startApp, type AppSession } from './harness.ts';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app.close();
});

interface Feature {
  properties: Record<string, unknown> & { id: string };
}

/** The export fixture with statuses set by id; `null` drops the property (an older dataset). */
async function dataset(statuses: Record<string, string | null>): Promise<string> {
  const text = await readFile('e2e/fixtures/export-events.geojson', 'utf8');
  const collection = JSON.parse(text) as { features: Feature[] };
  for (const f of collection.features) {
    const status = f.properties.id in statuses ? statuses[f.properties.id] : 'held';
    if (status === null || status === undefined) delete f.properties.status;
    else f.properties.status = status;
  }
  return JSON.stringify(collection);
}

async function open(body: string, params: string): Promise<Page> {
  const page = await app.newPage();
  await page.route('**/fixtures/status-events.geojson', (route) =>
    route.fulfill({ contentType: 'application/geo+json', body }),
  );
  const url = `${app.url}fixtures/status-events.geojson`;
  await page.goto(`${app.url}?data=${encodeURIComponent(url)}${params}`);
  return page;
}

/** The text of the definition beside a term of the detail panel. */
function field(page: Page, label: string): Promise<string> {
  return page
    .locator('.event-detail__field', { has: page.locator('dt', { hasText: label }) })
    .locator('dd')
    .innerText();
}

const badges = (page: Page) =>
  page.getByRole('list', { name: 'Status and format' }).getByRole('listitem').allInnerTexts();

test('the detail panel badges a cancelled online event, off the map because it was online', async () => {
  const page = await open(
    await dataset({ 'chain-week-2021': 'cancelled' }),
    '&sel=chain-week-2021',
  );
  await page.getByRole('region', { name: 'Online Blockchain Week' }).waitFor({ timeout: 30_000 });
  expect(await badges(page)).toEqual(['Cancelled', 'Online']);
  expect(await field(page, 'Status')).toBe('Cancelled');
  expect(await field(page, 'Location precision')).toContain('not on map: held online');
});

test('a postponed event is badged, and an older dataset without status loads as held', async () => {
  const body = await dataset({ 'madrid-2023': 'postponed', 'waic-2023': null });
  const page = await open(body, '&sel=madrid-2023');
  await page.getByRole('region', { name: 'Mobile Web Forum Madrid' }).waitFor({ timeout: 30_000 });
  expect(await badges(page)).toEqual(['Postponed']);
  await page.goto(page.url().replace('sel=madrid-2023', 'sel=waic-2023'));
  const name = 'World Artificial Intelligence Conference, 2023';
  await page.getByRole('region', { name }).waitFor({ timeout: 30_000 });
  expect(await field(page, 'Status')).toMatch(/^Held/);
});

test('the CSV export has a status column', async () => {
  const page = await open(await dataset({ 'chain-week-2021': 'cancelled' }), '');
  await expect
    .poll(() => page.locator('.event-table tbody tr[data-pos]').count(), { timeout: 30_000 })
    .toBe(7);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const text = (await readFile(await file.path(), 'utf8')).replace(/^\uFEFF/, '');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const chain = rows.data.find((r) => r.id === 'chain-week-2021');
  expect([chain?.status, chain?.format]).toEqual(['cancelled', 'online']);
});
