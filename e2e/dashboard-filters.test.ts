// The filters beyond the two charts, in real Chromium: text search, "only events in map view",
// "clear filters", keyboard operation of the charts, and bringing your own dataset.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  fixtureMounts,
  renderedEventCount,
  seedDataset,
  shownCount,
  tableNames,
  type Dataset,
} from './dashboard-page.ts';
import { startApp, type AppSession } from './harness.ts';

let app: AppSession;
let seed: Dataset;

beforeAll(async () => {
  app = await startApp({ mounts: fixtureMounts });
  seed = seedDataset();
});

afterAll(async () => {
  await app.close();
});

async function openDashboard(query: string) {
  const page = await app.newPage();
  await page.goto(app.url + query);
  await page.locator('table tbody tr').first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => window.__eventAtlasMap?.loaded() === true, null, {
    timeout: 30_000,
  });
  return page;
}

const total = () => seed.features.length;

describe('filters', () => {
  test('search narrows every view, replaces the history entry, and its chip clears it', async () => {
    const page = await openDashboard(seed.query);
    const historyBefore = await page.evaluate(() => history.length);
    await page.getByRole('searchbox', { name: /search events/i }).fill('metaverse');

    const expected = seed.features
      .filter((f) => f.properties.name.toLowerCase().includes('metaverse'))
      .map((f) => f.properties.name);
    await expect
      .poll(() => tableNames(page).then((n) => n.toSorted()))
      .toEqual(expected.toSorted());
    expect(await shownCount(page)).toBe(expected.length);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('metaverse');
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);

    await page.getByRole('button', { name: 'Remove filter: “metaverse”' }).click();
    await expect.poll(() => shownCount(page)).toBe(total());
  });

  test('"only events in map view" keeps the events inside the map and shows as a chip', async () => {
    const page = await openDashboard(seed.query);
    await page.getByRole('checkbox', { name: 'Only events in map view' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('inview')).toBe('1');
    expect(await page.getByRole('button', { name: 'Remove filter: In map view' }).count()).toBe(1);

    // Frame Beijing only: the Open University event is the one there in the seed data.
    await page.evaluate(() => window.__eventAtlasMap?.jumpTo({ center: [116.3, 39.9], zoom: 9 }));
    const inBeijing = seed.features.filter((f) => {
      const [lon, lat] = f.geometry?.coordinates ?? [0, 0];
      return Math.abs(lon - 116.3) < 1 && Math.abs(lat - 39.9) < 0.6;
    });
    await expect.poll(() => shownCount(page)).toBe(inBeijing.length);
    expect(await tableNames(page)).toEqual(inBeijing.map((f) => f.properties.name));
    await expect.poll(() => renderedEventCount(page)).toBe(inBeijing.length);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => shownCount(page)).toBe(total());
    expect(await page.getByRole('checkbox', { name: 'Only events in map view' }).isChecked()).toBe(
      false,
    );
  });

  test('a shared link with inview=1 and a map view filters from the first frame', async () => {
    const page = await openDashboard(`${seed.query}&inview=1&map=116.3,39.9,9`);
    const inBeijing = seed.features.filter((f) => {
      const [lon, lat] = f.geometry?.coordinates ?? [0, 0];
      return Math.abs(lon - 116.3) < 1 && Math.abs(lat - 39.9) < 0.6;
    });
    await expect.poll(() => shownCount(page)).toBe(inBeijing.length);
    expect(await tableNames(page)).toEqual(inBeijing.map((f) => f.properties.name));
  });

  test('dragging across the year bars brushes a year range', async () => {
    const page = await openDashboard(seed.query);
    const years = seed.features.flatMap((f) =>
      f.properties.year === null ? [] : [f.properties.year],
    );
    const [first, last] = [Math.min(...years), Math.max(...years)];
    const from = await page.getByRole('button', { name: new RegExp(`^${first}: `) }).boundingBox();
    const to = await page.getByRole('button', { name: new RegExp(`^${last - 1}: `) }).boundingBox();
    if (from === null || to === null) throw new Error('year bars not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height - 4);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height - 4, { steps: 8 });
    await page.mouse.up();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('years'))
      .toBe(`${first}-${last - 1}`);
    const inRange = seed.features.filter(
      (f) => f.properties.year !== null && f.properties.year <= last - 1,
    );
    await expect.poll(() => shownCount(page)).toBe(inRange.length);
  });

  test('the charts work from the keyboard', async () => {
    const page = await openDashboard(seed.query);
    const bar = page.getByRole('button', { name: /^2023: \d+ events?$/ });
    await bar.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('years')).toBe('2023');
    // The year chart now shows 2023 by month; the theme bars are still buttons.
    const theme = page.locator('.theme-chart [role="button"]').first();
    await theme.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.get('themes')).not.toBeNull();
    const rows = await tableNames(page);
    expect(await shownCount(page)).toBe(rows.length);
  });

  test('a restored selection opens the detail panel and highlights the table row', async () => {
    const target = seed.features[0];
    const page = await openDashboard(`${seed.query}&sel=${target?.properties.id ?? ''}`);
    const heading = page.getByRole('heading', { level: 2, name: target?.properties.name ?? '' });
    expect(await heading.isVisible()).toBe(true);
    expect(
      await page.locator('table tbody tr[aria-current="true"] td').nth(1).getAttribute('title'),
    ).toBe(target?.properties.name);
  });
});

describe('your own data', () => {
  test('a GeoJSON file picked with the button replaces the dataset', async () => {
    const page = await openDashboard(seed.query);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open dataset…' }).click();
    await (await chooser).setFiles('src/test/fixtures/gaps-events.geojson');
    await expect.poll(() => tableNames(page).then((n) => n.length), { timeout: 30_000 }).toBe(4);
    expect(await page.locator('.dataset-source').innerText()).toBe('gaps-events.geojson');
    expect(await page.getByRole('button', { name: '1 not on map' }).isVisible()).toBe(true);
  });

  test('a GeoJSON file dropped on the page replaces the dataset', async () => {
    const page = await openDashboard(seed.query);
    const text = await import('node:fs').then((fs) =>
      fs.readFileSync('src/test/fixtures/one-bad-feature.geojson', 'utf8'),
    );
    await page.evaluate((body) => {
      const data = new DataTransfer();
      data.items.add(new File([body], 'dropped.geojson', { type: 'application/geo+json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: data, cancelable: true }));
      }
    }, text);
    await expect.poll(() => tableNames(page).then((n) => n.length), { timeout: 30_000 }).toBe(4);
    expect(await page.getByRole('status', { name: 'Load summary' }).innerText()).toMatch(
      /4 features read: 4 loaded; 1 value not read/,
    );
  });
});
