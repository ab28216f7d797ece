// What browser tests read from the events map, through the map the page exposes with `?debug`.
// The source holds MapLibre clusters (an `events` sum), bins of nearby events (`bin`, `n`) and
// single events (`i`, `id`): event-bins.ts.
import type { Page } from 'playwright-core';

export interface RenderedEvents {
  /** Events drawn now: singles once each, groups by the number of events they stand for. */
  total: number;
  /** Ids of the events drawn as individual marks. */
  ids: string[];
}

export async function renderedEvents(page: Page): Promise<RenderedEvents> {
  return page.evaluate(() => {
    const map = window.__eventAtlasMap;
    if (map === undefined) return { total: -1, ids: [] };
    const ids = new Set<string>();
    const groups = new Map<string, number>();
    for (const f of map.queryRenderedFeatures({ layers: ['event-clusters', 'event-points'] })) {
      const p = f.properties as Record<string, unknown>;
      if (typeof p.cluster_id === 'number') groups.set(`c${p.cluster_id}`, Number(p.events));
      else if (typeof p.bin === 'number') groups.set(`b${p.bin}`, Number(p.n));
      else if (typeof p.id === 'string') ids.add(p.id);
    }
    let total = ids.size;
    for (const n of groups.values()) total += n;
    return { total, ids: [...ids].sort() };
  });
}

/**
 * Resolves once the map has loaded, the dataset has been read and sent to it (the app reads the
 * dataset only once the map has loaded), and the map has drawn everything it is waiting for.
 */
export async function mapIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('.maplibregl-map')?.getAttribute('data-loaded') === 'true' &&
      document.querySelector('.event-table caption') !== null &&
      performance.getEntriesByName('event-atlas:map-data-loaded').length > 0,
    undefined,
    { timeout: 45_000 },
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__eventAtlasMap;
        if (map === undefined) {
          resolve();
          return;
        }
        map.once('idle', () => {
          resolve();
        });
        map.triggerRepaint();
      }),
  );
}

/** Page coordinates of a longitude/latitude on the map. */
export async function pagePoint(
  page: Page,
  lonLat: [number, number],
): Promise<{ x: number; y: number }> {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  const p = await page.evaluate((ll) => {
    const map = window.__eventAtlasMap;
    return map === undefined ? { x: NaN, y: NaN } : map.project(ll);
  }, lonLat);
  return { x: (box?.x ?? 0) + p.x, y: (box?.y ?? 0) + p.y };
}
