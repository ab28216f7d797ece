// Acceptance 1, 2, 3 and 5 of the dashboard issue, in real Chromium against the built app.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { themeDisplay } from '../src/core/format-theme.ts';
import {
  fixtureMounts,
  renderedEventCount,
  seedDataset,
  seriousViolations,
  shownCount,
  tableNames,
  themeCounts,
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

async function openDashboard(
  query: string,
  viewport = { width: 1280, height: 800 },
  // axe-core is injected as an inline script, which the page's CSP rightly refuses.
  options: { bypassCSP?: boolean } = {},
) {
  const page = options.bypassCSP
    ? await (await app.browser.newContext({ viewport, bypassCSP: true })).newPage()
    : await app.newPage(viewport);
  await page.goto(app.url + query);
  await page.locator('table tbody tr').first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => window.__eventAtlasMap?.loaded() === true, null, {
    timeout: 30_000,
  });
  return page;
}

async function expectViews(page: Page, names: string[]) {
  const placed = seed.features.filter((f) => names.includes(f.properties.name) && f.geometry);
  await expect.poll(() => tableNames(page).then((n) => n.toSorted())).toEqual(names.toSorted());
  await expect.poll(() => renderedEventCount(page), { timeout: 15_000 }).toBe(placed.length);
  expect(await shownCount(page)).toBe(names.length);
}

function namesWhere(keep: (f: Dataset['features'][number]) => boolean): string[] {
  return seed.features.filter(keep).map((f) => f.properties.name);
}

describe('the seed dataset', () => {
  test('the map shows the five reported events and the table lists them', async () => {
    // The five seed articles' events by start date (the 2020 article also reports the expo
    // of the day before, which the ingest may list as an event of its own).
    const seedStarts = ['2020-11-23', '2022-04-30', '2022-09-02', '2023-08-17', '2023-09-20'];
    const reported = seed.features.filter((f) => f.properties.role === 'reported');
    const starts = reported.map((f) => f.properties.start);
    expect(starts).toEqual(expect.arrayContaining(seedStarts));
    const page = await openDashboard(seed.query);
    const names = await tableNames(page);
    expect(names).toEqual(expect.arrayContaining(reported.map((f) => f.properties.name)));
    await expectViews(
      page,
      namesWhere(() => true),
    );
  });

  test('narrowing to 2022 in the time chart narrows map, table and theme counts; URL, reload and back follow', async () => {
    const page = await openDashboard(seed.query);
    const before = page.url();
    await page.getByRole('button', { name: /^2022: \d+ events?$/ }).click();

    const in2022 = seed.features.filter((f) => f.properties.year === 2022);
    await expectViews(
      page,
      in2022.map((f) => f.properties.name),
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('years')).toBe('2022');
    const expectedThemes = new Map<string, number>();
    for (const f of in2022) {
      for (const t of f.properties.themes) {
        const label = themeDisplay(t).label;
        expectedThemes.set(label, (expectedThemes.get(label) ?? 0) + 1);
      }
    }
    const shownThemes = await themeCounts(page);
    for (const [label, count] of shownThemes) expect(count).toBe(expectedThemes.get(label) ?? 0);

    await page.reload();
    await page.locator('table tbody tr').first().waitFor();
    await expectViews(
      page,
      in2022.map((f) => f.properties.name),
    );
    expect(await page.getByRole('button', { name: 'Remove filter: 2022' }).count()).toBe(1);

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('years')).toBeNull();
    await expect.poll(() => tableNames(page).then((n) => n.length)).toBe(seed.features.length);
    expect(new URL(page.url()).searchParams.get('years')).toBe(
      new URL(before).searchParams.get('years'),
    );
  });

  test('toggling a theme filters every view, and the counts shown equal the table rows', async () => {
    const page = await openDashboard(seed.query);
    const counts = await themeCounts(page);
    // The least common theme, so the filter visibly narrows.
    const [label, count] = [...counts].toSorted((a, b) => a[1] - b[1])[0] ?? ['', 0];
    await page
      .getByRole('button', { name: `${label}: ${count} event${count === 1 ? '' : 's'}` })
      .click();

    const slug = seed.features
      .flatMap((f) => f.properties.themes)
      .find((t) => themeDisplay(t).label === label);
    const names = namesWhere((f) => slug !== undefined && f.properties.themes.includes(slug));
    expect(names).toHaveLength(count);
    await expectViews(page, names);
    expect(await page.locator('.event-count').innerText()).toBe(
      `${count} of ${seed.features.length} events`,
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('themes')).toBe(slug);
  });
});

describe('malformed datasets', () => {
  test('a body that is not JSON shows the error panel, without a Retry that cannot help', async () => {
    const page = await app.newPage();
    await page.route('**/broken.geojson', (route) =>
      route.fulfill({
        body: '{"type": "FeatureCollection", "features": [',
        contentType: 'application/json',
      }),
    );
    await page.goto(`${app.url}?data=broken.geojson`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/not valid JSON/);
    expect(await alert.getByRole('button', { name: 'Retry' }).count()).toBe(0);
  });

  test('a feature with a bad point is kept, unplaced, and the summary says so in one line', async () => {
    const page = await openDashboard('?debug&data=test-fixtures/one-bad-feature.geojson');
    const notice = page.getByRole('status', { name: 'Load summary' });
    expect(await notice.innerText()).toMatch(/4 features read: 4 loaded; 1 value not read/);
    expect(await tableNames(page)).toHaveLength(4);
  });

  test('a dataset that is missing shows the error panel, not a blank page', async () => {
    const page = await app.newPage();
    await page.goto(`${app.url}?data=test-fixtures/nowhere.geojson`);
    expect(await page.getByRole('alert').innerText()).toMatch(/answered 404/);
    expect(await page.getByRole('heading', { name: 'Event Atlas' }).isVisible()).toBe(true);
  });
});

describe('security', () => {
  test('the page sets a CSP and runs under it without a single violation', async () => {
    const page = await app.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(app.url + seed.query);
    await page.locator('table tbody tr').first().waitFor();
    await page.waitForFunction(() => window.__eventAtlasMap?.loaded() === true);
    await page.getByRole('button', { name: /^2022: \d+ events?$/ }).click();
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toMatch(/script-src 'self';/);
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
  });
});

describe('accessibility', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 812 },
  ]) {
    test(`no serious or critical axe-core violations at ${viewport.width} px`, async () => {
      const page = await openDashboard(
        `${seed.query}&sel=${encodeURIComponent(seed.features[0]?.properties.id ?? '')}`,
        viewport,
        { bypassCSP: true },
      );
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
