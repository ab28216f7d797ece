// A scripted session of filter changes, as an analyst makes them: brushing years, toggling themes,
// panning the map with "only events in view" on, typing a search, toggling undated events. Each
// step changes one clause of the previous step's filters.
import { emptyFilters, type BBox, type Clause, type Filters } from '../src/core/filters.ts';

export interface FilterChange {
  label: string;
  clause: Clause;
  filters: Filters;
}

export function filterScenario(): FilterChange[] {
  const steps: FilterChange[] = [];
  let filters: Filters = emptyFilters;
  const step = (label: string, clause: Clause, change: Partial<Filters>): void => {
    filters = { ...filters, ...change };
    steps.push({ label, clause, filters });
  };
  for (const [from, to] of [
    [2015, 2020],
    [2016, 2020],
    [2016, 2022],
    [2018, 2022],
  ] as const) {
    step(`years ${String(from)}-${String(to)}`, 'time', { years: { from, to } });
  }
  step('undated included', 'time', { undated: 'include' });
  for (const themes of [['ai'], ['ai', 'metaverse'], ['metaverse'], ['metaverse', 'iot']]) {
    step(`themes ${themes.join('+')}`, 'theme', { themes });
  }
  const boxes: [string, BBox][] = [
    ['view China', [73, 18, 135, 54]],
    ['pan east', [80, 18, 142, 54]],
    ['zoom Yangtze delta', [118, 29, 123, 33]],
    ['pan Shanghai', [120.5, 30.5, 122.5, 31.8]],
  ];
  for (const [label, bbox] of boxes) step(label, 'bbox', { bbox });
  step('view off', 'bbox', { bbox: null });
  for (const q of ['f', 'fo', 'for', 'foru', 'forum', 'foru', ''])
    step(`search "${q}"`, 'text', { q });
  step('undated automatic', 'time', { undated: null });
  step('all years', 'time', { years: null });
  step('no themes', 'theme', { themes: [] });
  return steps;
}
