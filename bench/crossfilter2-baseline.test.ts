import { expect, test } from 'vitest';
import themesFile from '../data/themes.json';
import { crossFilter, type CrossFilterResult } from '../src/core/cross-filter.ts';
import { buildEventStore, type EventStore } from '../src/core/event-store.ts';
import { synthEvents } from '../src/core/synth/synth-event.ts';
import { baselineRecords, createBaseline, type BaselineResult } from './crossfilter2-baseline.ts';
import { filterScenario } from './filter-scenario.ts';

const themes = themesFile.themes.map(({ slug, label }) => ({ slug, label }));

interface Summary {
  rows: number[];
  years: Record<string, number>;
  months: Record<string, number>;
  themes: Record<string, number>;
}

function fromOurs(store: EventStore, r: CrossFilterResult): Summary {
  const years: Record<string, number> = { 0: r.undated };
  r.yearCounts.forEach((n, y) => (years[store.minYear + y] = n));
  const months: Record<string, number> = {};
  r.monthCounts.forEach((n, i) => {
    months[(store.minYear + Math.floor(i / 12)) * 100 + (i % 12) + 1] = n;
  });
  const counts: Record<string, number> = {};
  r.themeCounts.forEach((n, t) => (counts[store.themes[t] ?? ''] = n));
  return { rows: [...r.rows], years, months, themes: counts };
}

function fromBaseline(store: EventStore, r: BaselineResult): Summary {
  const years: Record<string, number> = { 0: 0 };
  for (let y = store.minYear; y <= store.maxYear; y++) years[y] = 0;
  for (const { key, value } of r.years) years[key] = value;
  const months: Record<string, number> = {};
  for (let y = store.minYear; y <= store.maxYear; y++) {
    for (let m = 1; m <= 12; m++) months[y * 100 + m] = 0;
  }
  for (const { key, value } of r.months) if (key % 100 !== 0) months[key] = value;
  const counts: Record<string, number> = {};
  for (const { key, value } of r.themes) counts[key] = value;
  return {
    rows: r.rows.map((row) => row.index).sort((a, b) => a - b),
    years,
    months,
    themes: counts,
  };
}

test('crossfilter2 and our cross-filter agree at every step of the bench scenario', () => {
  const store = buildEventStore([...synthEvents(21, 5000, themes)]);
  const baseline = createBaseline(baselineRecords(store));

  for (const change of filterScenario()) {
    baseline.apply(change.clause, change.filters);
    expect(fromOurs(store, crossFilter(store, change.filters)), change.label).toEqual(
      fromBaseline(store, baseline.read()),
    );
  }
});

test('the scenario changes exactly one clause per step and has at least 20 steps', () => {
  const steps = filterScenario();
  const clauses = (f: (typeof steps)[number]['filters']) => ({
    time: JSON.stringify([f.years, f.undated]),
    theme: JSON.stringify(f.themes),
    text: f.q,
    bbox: JSON.stringify(f.bbox),
  });

  expect(steps.length).toBeGreaterThanOrEqual(20);
  steps.slice(1).forEach((step, i) => {
    const before = clauses((steps[i] as (typeof steps)[number]).filters);
    const after = clauses(step.filters);
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter(
      (k) => before[k] !== after[k],
    );
    expect(changed, step.label).toEqual([step.clause]);
  });
});
