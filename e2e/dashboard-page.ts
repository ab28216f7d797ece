// What the dashboard browser tests read from the page: the events the map renders, the table's
// rows, the chart bars, and axe-core's findings.
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { EventFeature } from '../src/core/event.ts';
import { eventSourceId } from '../src/views/map/layers.ts';

export interface Dataset {
  /** Query string that makes the app load this dataset, with `debug` to expose the map. */
  query: string;
  features: EventFeature[];
}

/** The ingest's real output once it exists in dist/, else the hand-written seed fixture. */
export function seedDataset(): Dataset {
  const real = 'dist/data/events.geojson';
  if (existsSync(real)) return { query: '?debug', features: readFeatures(real) };
  return {
    query: '?debug&data=test-fixtures/seed-events.geojson',
    features: readFeatures('src/test/fixtures/seed-events.geojson'),
  };
}

function readFeatures(path: string): EventFeature[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { features: EventFeature[] }).features;
}

/** Mounts for startApp: the component-test fixtures, reachable by `?data=`. */
export const fixtureMounts = { '/test-fixtures/': 'src/test/fixtures' };

/**
 * Events drawn on the map now: each point and each cluster once, counted as the events it stands
 * for (the map's `n` on points and `events` on clusters; MapLibre's point_count otherwise).
 */
export async function renderedEventCount(page: Page): Promise<number> {
  return page.evaluate((source) => {
    const map = window.__eventAtlasMap;
    if (map === undefined || !map.loaded()) return -1;
    const marks = new Map<string, number>();
    for (const f of map.queryRenderedFeatures()) {
      if (f.source !== source) continue;
      const p = f.properties as Record<string, unknown>;
      if (typeof p.cluster_id === 'number') {
        marks.set(`cluster:${p.cluster_id}`, Number(p.events ?? p.point_count));
      } else if (typeof p.id === 'string') {
        marks.set(`point:${p.id}`, Number(p.n ?? 1));
      }
    }
    let n = 0;
    for (const count of marks.values()) n += count;
    return n;
  }, eventSourceId);
}

/** Names in the table body, in table order. */
export async function tableNames(page: Page): Promise<string[]> {
  return page
    .locator('table tbody tr:not([aria-hidden]) td:nth-child(2)')
    .evaluateAll((cells) => cells.map((c) => c.getAttribute('title') ?? ''));
}

/** Theme bar counts as the theme chart announces them: label → count. */
export async function themeCounts(page: Page): Promise<Map<string, number>> {
  const labels = await page
    .locator('.theme-chart [role="button"][aria-label]')
    .evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-label') ?? ''));
  const counts = new Map<string, number>();
  for (const label of labels) {
    const match = /^(.*): ([\d,]+) events?$/.exec(label);
    if (match) counts.set(match[1] ?? '', Number((match[2] ?? '0').replaceAll(',', '')));
  }
  return counts;
}

/** The "n of N events" figure shown in the toolbar. */
export async function shownCount(page: Page): Promise<number> {
  const text = await page.locator('.event-count strong').innerText();
  return Number(text.replaceAll(',', ''));
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return page.evaluate(async () => {
    interface AxeResult {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[] }[];
      }[];
    }
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(' ')),
      }));
  });
}
