// The events map in real Chromium: offline basemap, events drawn from the filtered rows, hover,
// selection, events sharing one place, clusters, fit and view state.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { darkPalette, lightPalette } from '../src/views/map/palette.ts';
import { distinctColours, startApp, type AppSession } from './harness.ts';
import { mapIdle, pagePoint, renderedEvents } from './map-page.ts';

const dataset = '?debug&data=fixtures/map-events.geojson';
const shenzhen: [number, number] = [113.9305, 22.5329];
const beijing: [number, number] = [116.3972, 39.9075];
const shanghai: [number, number] = [121.4903, 31.1866];

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app.close();
});

async function openMap(query = '') {
  const page = await app.newPage();
  await page.goto(`${app.url}${dataset}${query}`);
  await mapIdle(page);
  return page;
}

test('the basemap is drawn offline: land, borders, provinces and city labels', async () => {
  const page = await app.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${app.url}${dataset}&map=113,31,4.5`);
  await mapIdle(page);

  const counts = await page.evaluate(() => {
    const map = window.__eventAtlasMap;
    const count = (layer: string) => map?.queryRenderedFeatures({ layers: [layer] }).length ?? 0;
    return {
      land: count('land'),
      countries: count('country-borders'),
      provinces: count('province-borders'),
      cities: count('city-labels'),
    };
  });
  expect(counts.land).toBeGreaterThan(0);
  expect(counts.countries).toBeGreaterThan(0);
  expect(counts.provinces).toBeGreaterThan(0);
  expect(counts.cities).toBeGreaterThan(5);
  const outside = requests.filter((u) => !u.startsWith(app.url) && !/^(data|blob):/.test(u));
  expect(outside).toEqual([]);
  const canvas = page.locator('canvas.maplibregl-canvas');
  expect(distinctColours(await canvas.screenshot())).toBeGreaterThan(20);
});

test('every placed event is drawn and the unplaced one is not', async () => {
  const page = await openMap();
  expect((await renderedEvents(page)).total).toBe(6);
});

/**
 * Opens the map with the dataset's answer held back until `release` (as with a large dataset, the
 * map is ready long before the events are); resolves once the map has loaded without them.
 */
async function openMapBeforeData() {
  const page = await app.newPage();
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/fixtures/map-events.geojson', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${app.url}${dataset}`);
  await page.waitForFunction(() => window.__eventAtlasMap?.loaded() === true);
  return { page, release };
}

test('events that arrive after the map are binned and sent to it once, framed', async () => {
  const { page, release } = await openMapBeforeData();
  const released = await page.evaluate(() => performance.now());
  release();
  await page.waitForFunction(
    (after) =>
      performance.getEntriesByName('event-atlas:map-data-loaded').some((m) => m.startTime >= after),
    released,
  );
  await mapIdle(page);

  const sends = await page.evaluate(
    (after) =>
      performance.getEntriesByName('event-atlas:map-data-sent').filter((m) => m.startTime >= after)
        .length,
    released,
  );
  expect(sends).toBe(1);
  expect((await renderedEvents(page)).total).toBe(6);
});

test('the map keeps its size while the events load, when they arrive and when none is left off it', async () => {
  const { page, release } = await openMapBeforeData();
  const canvas = page.locator('canvas.maplibregl-canvas');
  const size = async () => {
    const box = await canvas.boundingBox();
    return { width: box?.width, height: box?.height };
  };
  const loading = await size();
  release();
  await mapIdle(page);
  await page.getByRole('button', { name: '1 not on map' }).waitFor();
  const loaded = await size();
  await page.getByRole('searchbox').fill('shenzhen');
  await page.getByText('Every event shown is on the map.').waitFor();
  const allPlaced = await size();

  expect(loading.height).toBeGreaterThan(200);
  expect(loaded).toEqual(loading);
  expect(allPlaced).toEqual(loading);
});

test('the map shows only the events passing the filters', async () => {
  const page = await openMap('&q=shenzhen&map=114,23,5');
  expect((await renderedEvents(page)).total).toBe(3);
});

test('hovering an event shows its name, date and place', async () => {
  const page = await openMap(`&map=${beijing.join(',')},9`);
  const at = await pagePoint(page, beijing);
  await page.mouse.move(at.x, at.y);
  const tooltip = page.getByRole('tooltip');
  await expect
    .poll(() => tooltip.innerText(), { timeout: 10_000 })
    .toContain('Beijing Metaverse Forum');
  const text = await tooltip.innerText();
  expect(text).toContain('15 Sep 2022');
  expect(text).toContain('Beijing');
});

test('clicking an event selects it and rings it on the map', async () => {
  const page = await openMap(`&map=${shanghai.join(',')},9`);
  const at = await pagePoint(page, shanghai);
  await page.mouse.click(at.x, at.y);
  await expect
    .poll(() => new URL(page.url()).searchParams.get('sel'), { timeout: 10_000 })
    .toBe('map-shanghai-venue');
  await mapIdle(page);
  const ringed = await page.evaluate(
    () => window.__eventAtlasMap?.queryRenderedFeatures({ layers: ['event-selected'] }).length,
  );
  expect(ringed).toBeGreaterThan(0);
});

test('events sharing one place open as a list that shows names as text', async () => {
  const page = await openMap(`&map=${shenzhen.join(',')},12`);
  const at = await pagePoint(page, shenzhen);
  await page.mouse.click(at.x, at.y);
  const list = page.getByRole('dialog', { name: '3 events at this place' });
  await list.waitFor();
  const names = await list.getByRole('button').allInnerTexts();
  expect(names.join('\n')).toContain(
    '<img src=x onerror="window.__mapXss=1">Shenzhen <b>Chip</b> Fair',
  );
  expect(await page.evaluate(() => 'mapXss' in window || '__mapXss' in window)).toBe(false);

  await list.getByRole('button', { name: /Nanshan Cloud Summit/ }).click();
  await expect
    .poll(() => new URL(page.url()).searchParams.get('sel'), { timeout: 10_000 })
    .toBe('map-shenzhen-2');
});

test('clicking a cluster zooms in until its events come apart', async () => {
  const page = await openMap('&map=110,30,1');
  const cluster = await page.evaluate(() => {
    const map = window.__eventAtlasMap;
    const f = map?.queryRenderedFeatures({ layers: ['event-clusters'] })[0];
    return f?.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : null;
  });
  expect(cluster).not.toBeNull();
  if (cluster === null) return;
  const at = await pagePoint(page, cluster);
  await page.mouse.click(at.x, at.y);
  await expect
    .poll(() => page.evaluate(() => window.__eventAtlasMap?.getZoom() ?? 0), { timeout: 10_000 })
    .toBeGreaterThan(2);
});

test('"Fit to filtered events" brings them into view', async () => {
  const page = await openMap('&map=-100,40,5');
  expect((await renderedEvents(page)).total).toBe(0);
  await page.getByRole('button', { name: 'Fit to filtered events' }).click();
  await expect
    .poll(
      async () => {
        await mapIdle(page);
        return (await renderedEvents(page)).total;
      },
      { timeout: 15_000 },
    )
    .toBe(6);
});

test('moving the map writes the view to the URL', async () => {
  const page = await openMap('&map=110,30,4');
  const canvas = await page.locator('.maplibregl-canvas').boundingBox();
  const x = (canvas?.x ?? 0) + (canvas?.width ?? 0) / 2;
  const y = (canvas?.y ?? 0) + (canvas?.height ?? 0) / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 200, y, { steps: 8 });
  await page.mouse.up();
  await expect
    .poll(() => new URL(page.url()).searchParams.get('map'), { timeout: 10_000 })
    .not.toBe('110,30,4');
});

test('the map follows a dark colour scheme', async () => {
  const context = await app.browser.newContext({
    viewport: { width: 1280, height: 800 },
    colorScheme: 'dark',
  });
  const page = await context.newPage();
  await page.goto(`${app.url}${dataset}`);
  await mapIdle(page);
  const sea = await page.evaluate(() =>
    window.__eventAtlasMap?.getPaintProperty('sea', 'background-color'),
  );
  expect(sea).toBe(darkPalette.sea);
  expect(sea).not.toBe(lightPalette.sea);
  await context.close();
});
