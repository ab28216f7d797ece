// Figure 2: in Chromium, from a filter input (a click on a chart bar or chip, a keystroke in the
// search box) to the first animation frame in which the count, the table, both charts and the map
// all show the new filter; p95 over a scripted session. Timed inside the page with
// performance.now() and requestAnimationFrame. The map counts as updated once its new data has
// loaded and MapLibre has gone idle (rendered) after it. Run once with the app's map sync and once
// with `?mapsync=naive`, which re-sends every filtered point to MapLibre on each change.
import type { Page } from 'playwright-core';
import { buildEventStore } from '../src/core/event-store.ts';
import { themeDisplay } from '../src/core/format-theme.ts';
import { synthEvents } from '../src/core/synth/synth-event.ts';
import type { BenchResult } from './bench-result.ts';
import { benchSeed, benchThemes, datasetName, eventsLabel } from './bench-data.ts';
import type { BrowserSession } from './browser-session.ts';
import { median, quantile, round } from './stats.ts';
import { uiSession, type Expected, type UiAction, type UiStep } from './ui-expectations.ts';

export const filterTargetMs = 100;
const stepTimeoutMs = 15_000;

interface StepOutcome {
  ms: number | null;
  waitingFor: string[];
  /** When each view first showed the new filter, ms after the input. */
  views: Record<string, number>;
}

export async function benchBrowserFilter(
  session: BrowserSession,
  events: number,
  log: (line: string) => void,
): Promise<BenchResult[]> {
  const store = buildEventStore([...synthEvents(benchSeed, events, benchThemes())]);
  const steps = uiSession(store, (slug) => themeDisplay(slug).label);
  const ours = await playSession(session, events, steps, '', log);
  const naive = await playSession(session, events, steps, '&mapsync=naive', log);
  const n = eventsLabel(events);
  const p95 = (t: Session): number => (t.failed > 0 ? NaN : quantile(t.times, 0.95));
  const ratio = p95(naive) / p95(ours);
  const context = (t: Session) => ({
    events,
    changes: steps.length,
    medianMs: round(median(t.times)),
    maxMs: round(Math.max(...t.times)),
    failedChanges: t.failed,
    mapRepaintMs: round(t.repaintMs),
    ...Object.fromEntries(
      [...t.views].map(([view, ms]) => [`${view} median ms`, round(median(ms))]),
    ),
    ...(t.firstFailure ? { firstFailure: t.firstFailure } : {}),
  });
  return [
    {
      name: `Filter → map, charts, table updated, ${n} events, Chromium (p95)`,
      value: round(p95(ours)),
      unit: 'ms',
      target: `≤ ${String(filterTargetMs)}`,
      meets: p95(ours) <= filterTargetMs,
      context: context(ours),
    },
    {
      name: `Same with naive map setData of every filtered point (p95)`,
      value: round(p95(naive)),
      unit: 'ms',
      target: 'baseline',
      meets: !Number.isNaN(p95(naive)),
      context: context(naive),
    },
    {
      name: `Ratio naive / ours, filter → all views (p95)`,
      value: round(ratio, 2),
      unit: '×',
      target: '> 1',
      meets: ratio > 1,
      context: { events },
    },
  ];
}

interface Session {
  times: number[];
  slowest: { label: string; ms: number }[];
  /** One MapLibre repaint with nothing changed: the renderer's own cost (software GL here). */
  repaintMs: number;
  failed: number;
  firstFailure: string | null;
  views: Map<string, number[]>;
}

async function playSession(
  session: BrowserSession,
  events: number,
  steps: readonly UiStep[],
  extra: string,
  log: (line: string) => void,
): Promise<Session> {
  const page = await session.newPage();
  const result: Session = {
    times: [],
    slowest: [],
    repaintMs: NaN,
    failed: 0,
    firstFailure: null,
    views: new Map(),
  };
  try {
    const total = `${events.toLocaleString('en')} events`;
    await page.goto(session.appUrl(datasetName(events), extra));
    await page.waitForFunction(
      (text) =>
        document.querySelector('.event-count')?.textContent === text &&
        window.__eventAtlasMap?.loaded() === true,
      total,
      { timeout: 180_000, polling: 500 },
    );
    result.repaintMs = await page.evaluate(async () => {
      const map = window.__eventAtlasMap;
      if (map === undefined) return NaN;
      const times: number[] = [];
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        await new Promise<void>((done) => {
          map.once('render', () => {
            done();
          });
          map.triggerRepaint();
        });
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b)[2] ?? NaN;
    });
    for (const step of steps) {
      const outcome = await measureStep(page, step.action, step.expected);
      for (const [view, ms] of Object.entries(outcome.views)) {
        result.views.set(view, [...(result.views.get(view) ?? []), ms]);
      }
      if (outcome.ms === null) {
        result.failed++;
        result.firstFailure ??= `${describe(step.action)}: still waiting for ${outcome.waitingFor.join(', ')}`;
      } else {
        result.times.push(outcome.ms);
        result.slowest.push({ label: describe(step.action), ms: outcome.ms });
      }
    }
    log(
      `${extra === '' ? 'app map sync' : 'naive setData'}: median ${median(result.times).toFixed(0)} ms, ` +
        `p95 ${quantile(result.times, 0.95).toFixed(0)} ms, ${String(result.failed)} failed`,
    );
    if (result.firstFailure) log(`  first failure: ${result.firstFailure}`);
    result.slowest.sort((a, b) => b.ms - a.ms).splice(3);
    log(`  slowest: ${result.slowest.map((x) => `${x.label} ${x.ms.toFixed(0)} ms`).join(', ')}`);
    log(`  one map repaint with no change: ${result.repaintMs.toFixed(0)} ms`);
    log(
      `  per view (median ms): ${[...result.views].map(([v, ms]) => `${v} ${median(ms).toFixed(0)}`).join(', ')}`,
    );
  } finally {
    await page.context().close();
  }
  return result;
}

function describe(action: UiAction): string {
  if (action.kind === 'theme') return `toggle theme ${action.slug}`;
  if (action.kind === 'year') return `click year ${String(action.year)}`;
  if (action.kind === 'search') return `search "${action.q}"`;
  return action.kind;
}

function measureStep(page: Page, action: UiAction, expected: Expected): Promise<StepOutcome> {
  return page.evaluate(
    async ({ action, expected, timeoutMs }) => {
      const map = window.__eventAtlasMap;
      const mark = (name: string, t0: number) =>
        performance.getEntriesByName(`event-atlas:map-data-${name}`).find((e) => e.startTime >= t0);
      // The map shows the new filter in the first frame it renders once every tile of the events
      // source has been re-cut from the new data (MapLibre's 'idle' would also wait for fades).
      let sourceReady: number | null = null;
      let shown: number | null = null;
      const onSourceData = (e: { sourceId?: string; tile?: unknown }) => {
        const sent = mark('sent', t0);
        if (
          sent &&
          e.sourceId === 'events' &&
          e.tile !== undefined &&
          map?.isSourceLoaded('events')
        ) {
          sourceReady ??= performance.now();
        }
      };
      const onRender = () => {
        if (sourceReady !== null) shown ??= performance.now();
      };
      map?.on('sourcedata', onSourceData);
      map?.on('render', onRender);
      const detach = () => {
        map?.off('sourcedata', onSourceData);
        map?.off('render', onRender);
      };
      const text = (selector: string) => document.querySelector(selector)?.textContent ?? null;
      const groups = (chart: string) => [...document.querySelectorAll(`${chart} g.bar-button`)];
      const bars = (chart: string) => groups(chart).map((g) => g.getAttribute('aria-label') ?? '');
      const click = (element: Element | undefined | null): boolean => {
        element?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
        return element !== undefined && element !== null;
      };
      const perform = (): boolean => {
        if (action.kind === 'search') {
          const input = document.querySelector<HTMLInputElement>('input[type="search"]');
          const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
          // React tracks the value the page last set: the prototype's setter bypasses that, as typing does.
          if (!input || descriptor?.set === undefined) return false;
          descriptor.set.call(input, action.q);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          return true;
        }
        if (action.kind === 'theme') {
          const label = `${action.label}:`;
          return click(
            groups('.theme-chart').find((g) => g.getAttribute('aria-label')?.startsWith(label)),
          );
        }
        if (action.kind === 'year') {
          const title = new RegExp(`^([A-Za-z]+ )?${String(action.year)}:`);
          return click(
            groups('.time-chart').find((g) => title.test(g.getAttribute('aria-label') ?? '')),
          );
        }
        if (action.kind === 'all-years') {
          const buttons = [...document.querySelectorAll('.time-chart button')];
          return click(buttons.find((b) => b.textContent === 'All years'));
        }
        return click(document.querySelector('.time-chart .time-extras button.chip-toggle'));
      };
      const views: Record<string, number> = {};
      const themeLabels = Object.values(expected.themeLabels);
      const waiting = (t0: number, now: number): string[] => {
        const themes = bars('.theme-chart');
        const loaded = mark('loaded', t0);
        const mapDone = shown !== null;
        const chip = text('.time-chart .time-extras button.chip-toggle')?.trim();
        const checks: [string, boolean][] = [
          ['count', text('.event-count') === expected.countText],
          ['table', text('.event-table caption') === expected.caption],
          ['time chart', bars('.time-chart').join('|') === expected.timeLabels.join('|')],
          ['undated chip', chip === expected.undatedText],
          ['theme chart', themes.length > 0 && themes.every((l) => themeLabels.includes(l))],
          ['map', !expected.mapChanges || mapDone],
        ];
        for (const [view, ok] of checks) if (ok) views[view] ??= now - t0;
        const sent = mark('sent', t0);
        if (sent) views['map data sent'] ??= sent.startTime - t0;
        if (loaded) views['map data loaded'] ??= loaded.startTime - t0;
        if (sourceReady !== null) views['map tiles ready'] ??= sourceReady - t0;
        return checks.filter(([, ok]) => !ok).map(([view]) => view);
      };
      const t0 = performance.now();
      if (!perform()) {
        detach();
        return { ms: null, waitingFor: ['the control to press'], views };
      }
      return new Promise<{
        ms: number | null;
        waitingFor: string[];
        views: Record<string, number>;
      }>((resolve) => {
        const frame = () => {
          const now = performance.now();
          const missing = waiting(t0, now);
          if (missing.length === 0 || now - t0 > timeoutMs) {
            detach();
            resolve({ ms: missing.length === 0 ? now - t0 : null, waitingFor: missing, views });
          } else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
    },
    { action, expected, timeoutMs: stepTimeoutMs },
  );
}
