// Figures 3 and 4: from navigation to an interactive dashboard (the count shows every event and
// the map has drawn them), the longest main-thread block while loading (PerformanceObserver
// 'longtask'), and the JS heap once loaded (after a forced garbage collection, through CDP), typed
// arrays' contents included.
import type { BenchResult } from './bench-result.ts';
import { arrowName, datasetName, eventsLabel } from './bench-data.ts';
import type { BrowserSession } from './browser-session.ts';
import { round } from './stats.ts';

export const loadTargets = { longTaskMs: 200, heapMB: 600 };

/** Issue 18: a million events packed as Arrow reach an interactive dashboard in 4 s. */
export function loadTargetSeconds(events: number, format: DatasetFormat = 'geojson'): number {
  if (events <= 100_000) return 3;
  return format === 'arrow' ? 4 : 8;
}

export interface LoadMeasurement {
  readyMs: number;
  longestTaskMs: number;
  longTasks: number;
  /** JS objects plus ArrayBuffer contents (the store's typed arrays live there). */
  heapMB: number;
  /** Of which ArrayBuffer contents. */
  arrayBuffersMB: number;
  /** When the app's first events arrived and when the last did (its performance marks). */
  firstBatchMs: number;
  datasetReadMs: number;
}

declare global {
  interface Window {
    __benchLongTasks?: { start: number; duration: number }[];
    __benchReady?: number;
  }
}

/** How the dataset is stored: the GeoJSON itself, or packed as Arrow (`npm run pack`). */
export type DatasetFormat = 'geojson' | 'arrow';

export async function measureLoad(
  session: BrowserSession,
  events: number,
  timeoutMs: number,
  format: DatasetFormat = 'geojson',
): Promise<LoadMeasurement> {
  const page = await session.newPage();
  try {
    await page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      window.__benchLongTasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const total = `${events.toLocaleString('en')} events`;
    const file = format === 'geojson' ? datasetName(events) : arrowName(events);
    await page.goto(session.appUrl(file), { waitUntil: 'commit' });
    const outcome = await page.waitForFunction(
      (text) => {
        const failed = document.querySelector('.error-panel');
        if (failed) return `error: ${failed.textContent}`;
        const ready =
          document.querySelector('.event-count')?.textContent === text &&
          document.querySelector('.event-table caption') !== null &&
          window.__eventAtlasMap?.loaded() === true &&
          performance.getEntriesByName('event-atlas:map-data-loaded').length > 0;
        if (!ready) return false;
        window.__benchReady ??= performance.now();
        return 'ready';
      },
      total,
      { timeout: timeoutMs, polling: 'raf' },
    );
    const state = await outcome.jsonValue();
    if (state !== 'ready') throw new Error(String(state).replace(/\s+/g, ' ').slice(0, 200));
    await page.waitForTimeout(1000);
    const { readyMs, tasks, firstBatchMs, datasetReadMs } = await page.evaluate(() => {
      const mark = (name: string): number =>
        performance.getEntriesByName(`event-atlas:${name}`)[0]?.startTime ?? NaN;
      return {
        readyMs: window.__benchReady ?? NaN,
        tasks: window.__benchLongTasks ?? [],
        firstBatchMs: mark('dataset-first-batch'),
        datasetReadMs: mark('dataset-read'),
      };
    });
    const loading = tasks.filter((t) => t.start < readyMs);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return {
      readyMs,
      longestTaskMs: Math.max(0, ...loading.map((t) => t.duration)),
      longTasks: loading.length,
      heapMB: (heap.usedSize + heap.backingStorageSize) / 2 ** 20,
      arrayBuffersMB: heap.backingStorageSize / 2 ** 20,
      firstBatchMs,
      datasetReadMs,
    };
  } finally {
    await page.context().close();
  }
}

export function loadResults(
  events: number,
  m: LoadMeasurement | Error,
  format: DatasetFormat = 'geojson',
): BenchResult[] {
  const n = `${eventsLabel(events)} events${format === 'arrow' ? ' packed as Arrow' : ''}`;
  const failed = m instanceof Error;
  const context: Record<string, string | number> = failed
    ? { events, error: m.message }
    : {
        events,
        longTasks: m.longTasks,
        heapMB: round(m.heapMB),
        firstEventsAtMs: round(m.firstBatchMs),
        allEventsReadAtMs: round(m.datasetReadMs),
      };
  const seconds = failed ? NaN : m.readyMs / 1000;
  const longest = failed ? NaN : m.longestTaskMs;
  const target = loadTargetSeconds(events, format);
  return [
    {
      name: `Navigation → interactive dashboard, ${n}, Chromium`,
      value: round(seconds, 2),
      unit: 's',
      target: `≤ ${String(target)}`,
      meets: seconds <= target,
      context,
    },
    {
      name: `Longest main-thread block while loading, ${n}`,
      value: round(longest),
      unit: 'ms',
      target: `≤ ${String(loadTargets.longTaskMs)}`,
      meets: longest <= loadTargets.longTaskMs,
      context,
    },
  ];
}

export function heapResult(
  events: number,
  m: LoadMeasurement | Error,
  others: Record<string, number>,
): BenchResult {
  const failed = m instanceof Error;
  const mb = failed ? NaN : m.heapMB;
  const buffers: Record<string, number> = failed ? {} : { arrayBuffersMB: round(m.arrayBuffersMB) };
  return {
    name: `JS heap after loading ${eventsLabel(events)} events (objects + typed arrays)`,
    value: round(mb),
    unit: 'MB',
    target: `≤ ${String(loadTargets.heapMB)}`,
    meets: mb <= loadTargets.heapMB,
    context: { events, ...buffers, ...others, ...(failed ? { error: m.message } : {}) },
  };
}

/** Events in the reference load: few enough that what is left is the page's and the map's own start-up. */
export const floorEvents = 1000;

/**
 * The same load with a tiny dataset: the part of figure 3 no data handling can remove (MapLibre's
 * WebGL set-up, shader compiles and basemap), reported beside the targets, not against them.
 */
export function floorResults(m: LoadMeasurement | Error): BenchResult[] {
  const n = eventsLabel(floorEvents);
  const failed = m instanceof Error;
  const context: Record<string, string | number> = failed
    ? { events: floorEvents, error: m.message }
    : { events: floorEvents, longTasks: m.longTasks };
  return [
    {
      name: `Navigation → interactive, ${n} events (start-up floor)`,
      value: failed ? NaN : round(m.readyMs / 1000, 2),
      unit: 's',
      target: 'reference',
      meets: !failed,
      context,
    },
    {
      name: `Longest main-thread block while loading, ${n} events (start-up floor)`,
      value: failed ? NaN : round(m.longestTaskMs),
      unit: 'ms',
      target: 'reference',
      meets: !failed,
      context,
    },
  ];
}
