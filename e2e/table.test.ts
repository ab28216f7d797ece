// The table in real Chromium against the built app: one row per filtered event, sorting,
// selection in step with the detail panel and the URL, and a long list kept to a window of rows.
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

function datasetUrl(file: string, params = ''): string {
  return `${app.url}?data=${encodeURIComponent(`${app.url}fixtures/${file}`)}${params}`;
}

const bodyRows = (page: Page) => page.locator('.event-table tbody tr[data-pos]');

/** Event names in the order the table lists them (the name cell's title holds the full name). */
function tableNames(page: Page): Promise<string[]> {
  return bodyRows(page).evaluateAll((rows) =>
    rows.map((row) => (row as HTMLTableRowElement).cells[1]?.title ?? ''),
  );
}

test('lists every event of the dataset, undated and unplaced ones marked', async () => {
  const page = await app.newPage();
  await page.goto(datasetUrl('export-events.geojson'));
  await expect.poll(() => bodyRows(page).count(), { timeout: 30_000 }).toBe(7);
  expect(await page.locator('.event-table table').getAttribute('aria-rowcount')).toBe('8');
  const undated = bodyRows(page).filter({ hasText: 'Digital Twin Salon' });
  expect(await undated.locator('td').first().textContent()).toBe('Undated');
  const unplaced = bodyRows(page).filter({ hasText: 'Online Blockchain Week' });
  expect(await unplaced.locator('td').nth(2).textContent()).toContain('not on map');
});

test('sorts by name from the header and reverses on a second click', async () => {
  const page = await app.newPage();
  await page.goto(datasetUrl('export-events.geojson'));
  await expect.poll(() => bodyRows(page).count(), { timeout: 30_000 }).toBe(7);
  const nameHeader = page.locator('.event-table th', { hasText: 'Name' });
  await nameHeader.getByRole('button').click();
  expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
  const ascending = await tableNames(page);
  expect(ascending).toEqual(
    [...ascending].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare),
  );
  await nameHeader.getByRole('button').press('Enter');
  expect(await nameHeader.getAttribute('aria-sort')).toBe('descending');
  expect(await tableNames(page)).toEqual([...ascending].reverse());
});

test('selecting a row by keyboard opens its details, records it in the URL, and closing gives the row its focus back', async () => {
  const page = await app.newPage();
  await page.goto(datasetUrl('export-events.geojson'));
  await expect.poll(() => bodyRows(page).count(), { timeout: 30_000 }).toBe(7);
  const names = await tableNames(page);
  await bodyRows(page).first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: names[1] });
  await panel.waitFor();
  await expect.poll(() => new URL(page.url()).searchParams.get('sel')).not.toBeNull();
  const selected = bodyRows(page).and(page.locator('[aria-current="true"]'));
  expect(await selected.count()).toBe(1);
  expect(await selected.locator('td').nth(1).getAttribute('title')).toBe(names[1]);
  await panel.getByRole('button', { name: 'Close details' }).click();
  await panel.waitFor({ state: 'detached' });
  const focusedName = () =>
    page.evaluate(() => {
      const focused = document.activeElement;
      return focused?.tagName === 'TR' ? focused.querySelectorAll('td')[1]?.title : null;
    });
  await expect.poll(focusedName).toBe(names[1]);
});

test('a hostile source URL is shown as text, not a link', async () => {
  const page = await app.newPage();
  await page.goto(datasetUrl('export-events.geojson', '&sel=formula-2022'));
  const panel = page.getByRole('region', { name: '=HYPERLINK("http://x","y")' });
  await panel.waitFor({ timeout: 30_000 });
  expect(await panel.locator('a').count()).toBe(0);
  expect(await panel.getByText('javascript:alert(1)').count()).toBe(1);
});

test('a long list renders a window of rows and scrolls the selected one into view', async () => {
  const n = 5000;
  const page = await app.newPage();
  await page.route('**/fixtures/many-events.geojson', (route) =>
    route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(manyEvents(n)) }),
  );
  const target = `e${n - 10}`;
  await page.goto(datasetUrl('many-events.geojson', `&sel=${target}`));
  await expect
    .poll(() => page.locator('.event-table table').getAttribute('aria-rowcount'), {
      timeout: 30_000,
    })
    .toBe(String(n + 1));
  const rendered = await bodyRows(page).count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(200);
  const selected = page.locator('.event-table tr[aria-current="true"]');
  await selected.waitFor();
  expect(await selected.locator('td').nth(1).getAttribute('title')).toBe(`Event ${n - 10}`);
  const visible = await selected.evaluate((row) => {
    const box = row.closest('.event-table')?.getBoundingClientRect();
    const rect = row.getBoundingClientRect();
    return box !== undefined && rect.top >= box.top && rect.bottom <= box.bottom;
  });
  expect(visible).toBe(true);
});

function manyEvents(n: number) {
  const features = Array.from({ length: n }, (_, i) => {
    const month = String((i % 12) + 1).padStart(2, '0');
    const start = `${2010 + (i % 15)}-${month}-01`;
    return {
      type: 'Feature',
      id: `e${i}`,
      geometry: { type: 'Point', coordinates: [100 + (i % 40), 20 + (i % 20)] },
      properties: {
        id: `e${i}`,
        name: `Event ${i}`,
        start,
        end: null,
        date_precision: 'month',
        year: 2010 + (i % 15),
        themes: ['ai'],
      },
    };
  });
  return { type: 'FeatureCollection', features };
}
