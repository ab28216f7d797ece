// Figure 1: one filter change and every cross-filter aggregate (year and month histograms, theme
// counts, visible rows) on a million synthetic events, ours against crossfilter2 on the same data
// in the same process. Both are set up once, untimed; then each plays a scripted session of filter
// changes, every change timed after a minor garbage collection (when exposed), and both must give
// the same answers at every step.
import { setTimeout as sleep } from 'node:timers/promises';
import themesFile from '../data/themes.json' with { type: 'json' };
import { crossFilter } from '../src/core/cross-filter.ts';
import { buildEventStore } from '../src/core/event-store.ts';
import { synthEvents } from '../src/core/synth/synth-event.ts';
import type { BenchResult } from './bench-result.ts';
import { baselineRecords, createBaseline } from './crossfilter2-baseline.ts';
import { filterScenario, type FilterChange } from './filter-scenario.ts';
import { median, quantile, round } from './stats.ts';

export interface CrossFilterBenchOptions {
  events: number;
  seed: number;
  /** Times the scripted session is played. */
  rounds: number;
  log?: (line: string) => void;
}

const targetMs = 30;

export async function benchCrossFilter(options: CrossFilterBenchOptions): Promise<BenchResult[]> {
  const { events, seed, rounds } = options;
  const log =
    options.log ??
    ((line: string) => {
      console.error(`  ${line}`);
    });
  const themes = themesFile.themes.map(({ slug, label }) => ({ slug, label }));
  log(`generating ${String(events)} events (seed ${String(seed)})`);
  const features = [...synthEvents(seed, events, themes)];
  let started = performance.now();
  const store = buildEventStore(features);
  // The first call sets up the store's cross-filter state (as the dashboard's first render does);
  // it is setup, like crossfilter2's dimensions and groups below.
  crossFilter(
    store,
    filterScenario()[0]?.filters ?? { years: null, undated: null, themes: [], q: '', bbox: null },
  );
  crossFilter(store, { years: null, undated: null, themes: [], q: '', bbox: null });
  const storeMs = performance.now() - started;
  started = performance.now();
  const baseline = createBaseline(baselineRecords(store));
  const baselineMs = performance.now() - started;
  log(
    `store and cross-filter state set up in ${storeMs.toFixed(0)} ms, crossfilter2 set up in ${baselineMs.toFixed(0)} ms`,
  );

  const steps = filterScenario();
  const ours: number[] = [];
  const theirs: number[] = [];
  const byClause = new Map<string, { ours: number[]; theirs: number[] }>();
  // A full collection before each session: the other side's garbage (crossfilter2 leaves
  // gigabytes) is collected on the other side's time, not during the first changes of this one.
  const settleHeap = async (): Promise<void> => {
    (globalThis as { gc?: () => void }).gc?.();
    await sleep(2000);
  };
  const playOurs = async (): Promise<number[]> => {
    await settleHeap();
    const times: number[] = [];
    for (const step of steps)
      times.push(await timed(() => crossFilter(store, step.filters).rows.length));
    return times;
  };
  const playTheirs = async (): Promise<number[]> => {
    await settleHeap();
    const times: number[] = [];
    for (const step of steps) {
      times.push(
        await timed(() => {
          baseline.apply(step.clause, step.filters);
          return baseline.read().rows.length;
        }),
      );
    }
    return times;
  };
  // One untimed session each first: JIT tiers would otherwise land on whichever side goes first.
  await playOurs();
  await playTheirs();
  // Whole sessions in turn, each side first in every other round: the two never share a cache
  // within a session, and a change in the machine's load falls on both.
  for (let round = 0; round < rounds; round++) {
    let mine: number[];
    let other: number[];
    if (round % 2 === 0) {
      mine = await playOurs();
      other = await playTheirs();
    } else {
      other = await playTheirs();
      mine = await playOurs();
    }
    ours.push(...mine);
    theirs.push(...other);
    steps.forEach((step, k) => {
      const entry = byClause.get(step.clause) ?? { ours: [], theirs: [] };
      entry.ours.push(mine[k] as number);
      entry.theirs.push(other[k] as number);
      byClause.set(step.clause, entry);
    });
    log(
      `round ${String(round + 1)}/${String(rounds)}: ours median ${median(ours).toFixed(1)} ms, crossfilter2 ${median(theirs).toFixed(1)} ms`,
    );
  }
  let disagreements = 0;
  for (const step of steps) {
    baseline.apply(step.clause, step.filters);
    if (!agree(store, baseline, step)) disagreements++;
  }
  {
    const slowest = ours
      .map((ms, k) => ({ ms, label: steps[k % steps.length]?.label ?? '' }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 4);
    log(
      `ours, slowest changes: ${slowest.map((x) => `${x.label} ${x.ms.toFixed(0)} ms`).join(', ')}`,
    );
  }

  const context = {
    events,
    seed,
    changes: ours.length,
    steps: steps.length,
    rounds,
    storeSetupMs: round(storeMs, 0),
    crossfilter2SetupMs: round(baselineMs, 0),
    resultsAgree: disagreements === 0,
    ...Object.fromEntries(
      [...byClause].flatMap(([clause, t]) => [
        [`ours_${clause}_medianMs`, round(median(t.ours))],
        [`crossfilter2_${clause}_medianMs`, round(median(t.theirs))],
      ]),
    ),
  };
  const ratio = median(ours) / median(theirs);
  const n = events >= 1_000_000 ? `${String(events / 1_000_000)}M` : `${String(events / 1000)}k`;
  return [
    row(
      `Cross-filter change + aggregates, ${n} events: ours (median)`,
      median(ours),
      `≤ ${String(targetMs)}`,
      median(ours) <= targetMs && disagreements === 0,
      context,
    ),
    row(
      `Cross-filter change + aggregates, ${n} events: ours (p95)`,
      quantile(ours, 0.95),
      `≤ ${String(targetMs)}`,
      quantile(ours, 0.95) <= targetMs && disagreements === 0,
      context,
    ),
    row(
      `Cross-filter change + aggregates, ${n} events: crossfilter2 (median)`,
      median(theirs),
      'baseline',
      true,
      context,
    ),
    row(
      `Cross-filter change + aggregates, ${n} events: crossfilter2 (p95)`,
      quantile(theirs, 0.95),
      'baseline',
      true,
      context,
    ),
    {
      name: `Cross-filter ratio ours / crossfilter2, ${n} events (median)`,
      value: round(ratio, 2),
      unit: '×',
      target: '≤ 1.0',
      meets: ratio <= 1,
      context,
    },
    {
      name: `Cross-filter ratio ours / crossfilter2, ${n} events (p95)`,
      value: round(quantile(ours, 0.95) / quantile(theirs, 0.95), 2),
      unit: '×',
      target: '≤ 1.0',
      meets: quantile(ours, 0.95) <= quantile(theirs, 0.95),
      context,
    },
  ];
}

function row(
  name: string,
  value: number,
  target: string,
  meets: boolean,
  context: BenchResult['context'],
): BenchResult {
  return { name, value: round(value), unit: 'ms', target, meets, ...(context ? { context } : {}) };
}

async function timed(work: () => number): Promise<number> {
  // A young-generation collection first, so neither side pays for the other's garbage.
  const gc = (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc;
  if (gc) {
    gc({ type: 'minor' });
    await sleep(10);
  }
  const started = performance.now();
  if (work() < 0) throw new Error('unreachable');
  return performance.now() - started;
}

function agree(
  store: ReturnType<typeof buildEventStore>,
  baseline: ReturnType<typeof createBaseline>,
  step: FilterChange,
): boolean {
  const ours = crossFilter(store, step.filters);
  const theirs = baseline.read();
  if (ours.rows.length !== theirs.rows.length) return false;
  const yearsTheirs = new Map(theirs.years.map(({ key, value }) => [key, value]));
  if ((yearsTheirs.get(0) ?? 0) !== ours.undated) return false;
  const yearsOk = [...ours.yearCounts].every(
    (n, y) => (yearsTheirs.get(store.minYear + y) ?? 0) === n,
  );
  const themesTheirs = new Map(theirs.themes.map(({ key, value }) => [key, value]));
  const themesOk = [...ours.themeCounts].every(
    (n, t) => (themesTheirs.get(store.themes[t] ?? '') ?? 0) === n,
  );
  return yearsOk && themesOk;
}
