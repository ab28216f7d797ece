// Correctness at scale (performance issue, acceptance 3): the dashboard on 100,000 synthetic events
// loaded with `?data=` keeps its views in agreement: the table counts exactly the events the time
// chart's bars and the undated chip add up to, and the same number the core's cross-filter finds.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  benchDataDir,
  benchSeed,
  benchThemes,
  arrowName,
  datasetName,
  ensureArrowDataset,
} from '../bench/bench-data.ts';
import { crossFilter } from '../src/core/cross-filter.ts';
import { buildEventStore, type EventStore } from '../src/core/event-store.ts';
import { emptyFilters, type Filters } from '../src/core/filters.ts';
import { synthEvents } from '../src/core/synth/synth-event.ts';
import { sortRows } from '../src/views/table/table-sort.ts';
import { eventSourceId } from '../src/views/map/layers.ts';
import { startApp, type AppSession } from './harness.ts';

const events = 100_000;
let app: AppSession;
let store: EventStore;

beforeAll(async () => {
  await ensureArrowDataset(events, () => undefined);
  store = buildEventStore([...synthEvents(benchSeed, events, benchThemes())]);
  app = await startApp({ mounts: { '/bench-data/': benchDataDir } });
});

afterAll(async () => {
  await app.close();
});

interface Counts {
  table: number;
  /** Every time bar's count, and whether the bar is inside the selected range. */
  bars: { count: number; selected: boolean }[];
  undated: number;
  undatedIncluded: boolean;
}

const number = (text: string): number => Number(text.replaceAll(',', ''));

async function readCounts(page: Page): Promise<Counts> {
  const raw = await page.evaluate(() => {
    const chip = document.querySelector('.time-chart .time-extras button.chip-toggle');
    return {
      caption: document.querySelector('.event-table caption')?.textContent ?? '',
      bars: [...document.querySelectorAll('.time-chart g.bar-button')].map((g) => ({
        label: g.getAttribute('aria-label') ?? '',
        pressed: g.getAttribute('aria-pressed') === 'true',
      })),
      chipText: chip?.textContent ?? '',
      chipPressed: chip?.getAttribute('aria-pressed') === 'true',
    };
  });
  return {
    table: number(/^([\d,]+) events?$/.exec(raw.caption)?.[1] ?? 'NaN'),
    bars: raw.bars.map(({ label, pressed }) => ({
      count: number(/: ([\d,]+) events?$/.exec(label)?.[1] ?? 'NaN'),
      selected: pressed,
    })),
    undated: number(/\(([\d,]+)\)/.exec(raw.chipText)?.[1] ?? 'NaN'),
    undatedIncluded: raw.chipPressed,
  };
}

/**
 * Events the map draws now, each mark once: a MapLibre cluster counts its `events`, a pre-binned
 * mark (`bin`) and a single point (`id`) count their `n`.
 */
async function drawnEvents(page: Page): Promise<number> {
  return page.evaluate((source) => {
    const marks = new Map<string, number>();
    for (const f of window.__eventAtlasMap?.queryRenderedFeatures() ?? []) {
      if (f.source !== source) continue;
      const p = f.properties as Record<string, unknown>;
      if (typeof p.cluster_id === 'number') {
        marks.set(`cluster:${String(p.cluster_id)}`, Number(p.events ?? p.point_count));
      } else if (typeof p.id === 'string') marks.set(`point:${p.id}`, Number(p.n ?? 1));
      else if (typeof p.bin === 'number') marks.set(`bin:${String(p.bin)}`, Number(p.n ?? 1));
    }
    return [...marks.values()].reduce((a, b) => a + b, 0);
  }, eventSourceId);
}

/** What the histogram says the table should hold: the bars in the range (all without one), plus the undated events when shown. */
function histogramTotal(c: Counts): number {
  const ranged = c.bars.some((b) => b.selected);
  const dated = c.bars.filter((b) => !ranged || b.selected).reduce((sum, b) => sum + b.count, 0);
  return dated + (c.undatedIncluded ? c.undated : 0);
}

async function openDashboard(query = '', viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await app.newPage(viewport);
  await page.goto(
    `${app.url}?debug&data=${encodeURIComponent(`bench-data/${datasetName(events)}`)}${query}`,
  );
  await page.locator('.event-table caption').waitFor({ timeout: 90_000 });
  await page.waitForFunction(() => window.__eventAtlasMap?.loaded() === true, null, {
    timeout: 60_000,
  });
  return page;
}

function expectedRows(filters: Partial<Filters>): number {
  return crossFilter(store, { ...emptyFilters, ...filters }).rows.length;
}

describe('the dashboard at 100,000 events', () => {
  test('packed as Arrow, the same events load and a filtered view adds up', async () => {
    const page = await app.newPage({ width: 1280, height: 800 });
    await page.goto(
      `${app.url}?debug&themes=ai&q=forum&data=${encodeURIComponent(`bench-data/${arrowName(events)}`)}`,
    );
    const expected = expectedRows({ themes: ['ai'], q: 'forum' });

    await expect
      .poll(async () => (await readCounts(page)).table, { timeout: 60_000 })
      .toBe(expected);
    expect(histogramTotal(await readCounts(page))).toBe(expected);
    expect(await page.locator('.event-count').innerText()).toBe(
      `${expected.toLocaleString('en')} of ${events.toLocaleString('en')} events`,
    );
  });

  test('an Arrow file opened from disk replaces the dataset, every event once', async () => {
    const page = await app.newPage({ width: 1280, height: 800 });
    await page.goto(app.url);
    await page.locator('.event-table caption').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open dataset…' }).click();
    await (await chooser).setFiles(join(benchDataDir, arrowName(events)));

    await expect
      .poll(() => page.locator('.dataset-source').innerText(), { timeout: 30_000 })
      .toBe(arrowName(events));
    await expect.poll(async () => (await readCounts(page)).table, { timeout: 60_000 }).toBe(events);
    expect(histogramTotal(await readCounts(page))).toBe(events);
  });

  test('a GeoJSON is read in one pass by the one reader, every event once', async () => {
    const page = await app.newPage({ width: 1280, height: 800 });
    const ranges: string[] = [];
    page.on('request', (request) => {
      const range = request.headers().range;
      if (range !== undefined) ranges.push(range);
    });
    await page.goto(
      `${app.url}?debug&data=${encodeURIComponent(`bench-data/${datasetName(events)}`)}`,
    );

    await expect.poll(async () => (await readCounts(page)).table, { timeout: 90_000 }).toBe(events);
    expect(histogramTotal(await readCounts(page))).toBe(events);
    expect(ranges).toEqual([]);
  });

  test('a large GeoJSON opened from disk replaces the dataset, every event once', async () => {
    const page = await app.newPage({ width: 1280, height: 800 });
    await page.goto(app.url);
    await page.locator('.event-table caption').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open dataset…' }).click();
    await (await chooser).setFiles(join(benchDataDir, datasetName(events)));

    await expect
      .poll(() => page.locator('.dataset-source').innerText(), { timeout: 30_000 })
      .toBe(datasetName(events));
    await expect.poll(async () => (await readCounts(page)).table, { timeout: 90_000 }).toBe(events);
    expect(histogramTotal(await readCounts(page))).toBe(events);
  });

  test('while the events load, the map is already up and the side panel counts the events read', async () => {
    const page = await app.newPage({ width: 1280, height: 800 });
    await page.goto(
      `${app.url}?debug&data=${encodeURIComponent(`bench-data/${datasetName(events)}`)}`,
      { waitUntil: 'commit' },
    );

    const seen = await page.waitForFunction(
      () => {
        const read = document.querySelector('.loading-state__read')?.textContent;
        const canvas = document.querySelector('.map-view canvas.maplibregl-canvas');
        return read !== undefined && canvas !== null ? read : false;
      },
      null,
      { timeout: 60_000, polling: 'raf' },
    );
    const read = number(/^([\d,]+) read$/.exec(String(await seen.jsonValue()))?.[1] ?? 'NaN');
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(events);
    await page.locator('.event-table caption').waitFor({ timeout: 90_000 });
    expect(await page.locator('.loading-state').count()).toBe(0);
  });

  test('after a theme click and a search, the table count equals the sum of the year histogram', async () => {
    const page = await openDashboard();
    await page.locator('.theme-chart g.bar-button[aria-label^="Artificial intelligence:"]').click();
    await page.getByRole('searchbox').fill('forum');
    const expected = expectedRows({ themes: ['ai'], q: 'forum' });

    await expect
      .poll(async () => (await readCounts(page)).table, { timeout: 30_000 })
      .toBe(expected);
    await expect
      .poll(async () => histogramTotal(await readCounts(page)), { timeout: 30_000 })
      .toBe(expected);
  });

  test('with a year range from the URL, the table count equals the selected bars', async () => {
    const page = await openDashboard('&years=2015-2018&themes=metaverse');
    const expected = expectedRows({ years: { from: 2015, to: 2018 }, themes: ['metaverse'] });

    await expect
      .poll(async () => (await readCounts(page)).table, { timeout: 30_000 })
      .toBe(expected);
    const counts = await readCounts(page);
    expect(counts.bars.filter((b) => b.selected)).toHaveLength(4);
    expect(counts.undatedIncluded).toBe(false);
    expect(histogramTotal(counts)).toBe(expected);
  });

  test('with undated events included beside a year range, they count in the table too', async () => {
    const page = await openDashboard('&years=2012-2020&undated=include&q=summit');
    const expected = expectedRows({
      years: { from: 2012, to: 2020 },
      undated: 'include',
      q: 'summit',
    });

    await expect
      .poll(async () => (await readCounts(page)).table, { timeout: 30_000 })
      .toBe(expected);
    const counts = await readCounts(page);
    expect(counts.undatedIncluded).toBe(true);
    expect(counts.undated).toBeGreaterThan(0);
    expect(histogramTotal(counts)).toBe(expected);
  });

  test('the map draws exactly the filtered events that have a place', async () => {
    // Zoom 0 on a wide page: the whole world fits in the map, so every placed event is drawn.
    const page = await openDashboard('&themes=blockchain&years=2017-2019&map=20,10,0', {
      width: 1920,
      height: 1080,
    });
    const width = await page.evaluate(() => window.__eventAtlasMap?.getCanvas().clientWidth ?? 0);
    expect(width).toBeGreaterThanOrEqual(512);
    const rows = crossFilter(store, {
      ...emptyFilters,
      themes: ['blockchain'],
      years: { from: 2017, to: 2019 },
    }).rows;
    const placed = [...rows].filter((i) => !Number.isNaN(store.lon[i])).length;

    await expect.poll(() => drawnEvents(page), { timeout: 30_000 }).toBe(placed);
  });

  test('exporting every event: the button counts the rows written, and the CSV holds them all', async () => {
    const page = await openDashboard();
    const button = page.locator('.export-buttons__button').first();
    const labels: string[] = [];
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 170_000 }),
      button.click(),
      (async () => {
        // The label as the export goes, read between its parts (the page answers meanwhile).
        const done = () => labels.at(-1) === 'Export CSV' && labels.some((l) => l !== 'Export CSV');
        for (let k = 0; k < 400 && !done(); k++) {
          labels.push((await button.textContent()) ?? '');
          await page.waitForTimeout(25);
        }
      })(),
    ]);
    const text = new TextDecoder().decode(await readFile(await file.path()));
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

    expect(labels.filter((l) => /^Preparing CSV\u2026 \d+%$/.test(l)).length).toBeGreaterThan(0);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(events);
    expect(new Set(parsed.data.map((r) => r.id)).size).toBe(events);
  }, 180_000);

  test('sorting by name ranks the names off the page, then lists them in order', async () => {
    const page = await openDashboard();
    const expected = [
      ...sortRows(store, crossFilter(store, emptyFilters).rows, { key: 'name', dir: 'asc' }),
    ]
      .slice(0, 5)
      .map((i) => store.event(i)?.properties.name);
    const shownNames = () =>
      page.$$eval('.event-table tbody tr td:nth-child(2)', (cells) =>
        cells.slice(0, 5).map((c) => c.textContent),
      );
    const worker = page.waitForEvent('worker', {
      predicate: (w) => w.url().includes('rank-texts'),
      timeout: 30_000,
    });

    await page.getByRole('button', { name: /^name/i }).click();

    expect((await worker).url()).toContain('rank-texts');
    await expect.poll(shownNames, { timeout: 30_000 }).toEqual(expected);
    expect(await page.getByRole('status').filter({ hasText: 'Sorting' }).count()).toBe(0);
  });

  test('with the detail panel open, the visible columns fill the narrower table', async () => {
    const page = await openDashboard();
    await page.locator('.event-table tbody tr[data-pos="1"]').click();
    await page.locator('.event-detail').waitFor();
    // Scrolled, so that a spacer row stands for the rows above.
    await page.locator('.event-table').evaluate((table) => {
      table.scrollTop = 4000;
    });

    await expect
      .poll(() =>
        page.evaluate(() => {
          const table = document.querySelector('.event-table table')?.getBoundingClientRect();
          const shown = [...document.querySelectorAll('.event-table th')]
            .map((th) => th.getBoundingClientRect())
            .filter((r) => r.width > 0);
          const right = Math.max(...shown.map((r) => r.right));
          return { hidden: shown.length < 6, gap: Math.round((table?.right ?? 0) - right) };
        }),
      )
      .toEqual({ hidden: true, gap: 0 });
  });
});
