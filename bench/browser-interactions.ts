// Beside the figures, for "usable at 1M": what a user's first interactions cost once a
// million events are loaded. Each is done once in Chromium, in this order, on one page; the
// figure is the longest main-thread task (PerformanceObserver 'longtask') from the interaction
// until it is done and half a second has passed. First times matter: each sort order, the event
// lookup and the export are built on first use.
import type { Page } from 'playwright-core';
import type { BenchResult } from './bench-result.ts';
import { datasetName, eventsLabel } from './bench-data.ts';
import type { BrowserSession } from './browser-session.ts';
import { round } from './stats.ts';

interface Interaction {
  label: string;
  /** Does it, and resolves once the page shows it done. */
  act: (page: Page) => Promise<void>;
}

const exportDone = (page: Page) =>
  page.waitForFunction(
    () => document.querySelector('.export-buttons__button')?.textContent === 'Export CSV',
    null,
    { timeout: 180_000, polling: 100 },
  );

const sortBy = (column: RegExp): Interaction['act'] => {
  return async (page) => {
    await page.getByRole('button', { name: column }).click();
    await page.waitForFunction(
      () => document.querySelector('.event-table table')?.getAttribute('aria-busy') === 'false',
      null,
      { timeout: 60_000 },
    );
  };
};

const countChange = async (page: Page, act: () => Promise<void>): Promise<void> => {
  const before = await page.textContent('.event-count');
  await act();
  await page.waitForFunction(
    (text) => document.querySelector('.event-count')?.textContent !== text,
    before,
    {
      timeout: 60_000,
    },
  );
};

export const interactions: readonly Interaction[] = [
  {
    label: 'select a table row',
    act: async (page) => {
      await page.locator('.event-table tbody tr').nth(2).click();
      await page.locator('.event-detail').waitFor({ timeout: 30_000 });
    },
  },
  { label: 'sort by name', act: sortBy(/^name/i) },
  { label: 'sort by place', act: sortBy(/^place/i) },
  { label: 'sort by themes', act: sortBy(/^themes/i) },
  {
    label: 'click a theme bar',
    act: (page) =>
      countChange(page, () => page.locator('.theme-chart g.bar-button').first().click()),
  },
  {
    label: 'click a year bar',
    act: (page) => countChange(page, () => page.locator('.time-chart g.bar-button').nth(8).click()),
  },
  {
    label: 'type a search word',
    act: (page) =>
      countChange(page, () =>
        page.getByRole('searchbox').pressSequentially('forum', { delay: 60 }),
      ),
  },
  {
    label: 'export the view as CSV',
    act: async (page) => {
      await page.getByRole('button', { name: 'Export CSV' }).click();
      await exportDone(page);
    },
  },
];

declare global {
  interface Window {
    __benchTasks?: number[];
  }
}

export async function measureInteractions(
  session: BrowserSession,
  events: number,
  log: (line: string) => void,
): Promise<BenchResult[]> {
  const page = await session.newPage();
  const byLabel: Record<string, number> = {};
  try {
    await page.addInitScript(() => {
      const tasks: number[] = [];
      window.__benchTasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    await page.goto(session.appUrl(datasetName(events)));
    await page.waitForFunction(
      (text) =>
        document.querySelector('.event-count')?.textContent === text &&
        window.__eventAtlasMap?.loaded() === true,
      `${events.toLocaleString('en')} events`,
      { timeout: 180_000 },
    );
    await page.waitForTimeout(2000);
    for (const { label, act } of interactions) {
      await page.evaluate(() => window.__benchTasks?.splice(0));
      await act(page);
      await page.waitForTimeout(500);
      const tasks = await page.evaluate(() => window.__benchTasks?.splice(0) ?? []);
      byLabel[label] = round(Math.max(0, ...tasks));
      log(`  ${label}: longest task ${String(byLabel[label])} ms`);
    }
  } finally {
    await page.context().close();
  }
  const longest = Math.max(...Object.values(byLabel));
  return [
    {
      name: `Longest main-thread block of a first interaction, ${eventsLabel(events)} events`,
      value: longest,
      unit: 'ms',
      target: 'reference',
      meets: true,
      context: { events, ...byLabel },
    },
  ];
}
