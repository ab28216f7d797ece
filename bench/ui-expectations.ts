// What the dashboard must show after each filter change, computed in Node with the same core
// functions the app uses, so the browser bench can tell the frame in which map, charts and table
// all agree with the new filter. UI actions are modelled on the controls' documented behaviour.
import { themeBins, themeOrder } from '../src/core/aggregate-themes.ts';
import { timeSeries } from '../src/core/aggregate-time.ts';
import { crossFilter } from '../src/core/cross-filter.ts';
import type { EventStore } from '../src/core/event-store.ts';
import { emptyFilters, includesUndated, type Filters } from '../src/core/filters.ts';

export type UiAction =
  | { kind: 'theme'; slug: string; label: string }
  | { kind: 'year'; year: number }
  | { kind: 'all-years' }
  | { kind: 'undated' }
  | { kind: 'search'; q: string };

export interface Expected {
  countText: string;
  caption: string;
  undatedText: string;
  timeLabels: string[];
  /** Label of every theme bar, by theme label: the chart may show only some of them. */
  themeLabels: Record<string, string>;
  /** False when the filtered rows did not change, so the map has nothing to redraw. */
  mapChanges: boolean;
}

export interface UiStep {
  action: UiAction;
  filters: Filters;
  expected: Expected;
}

export function applyAction(filters: Filters, action: UiAction): Filters {
  switch (action.kind) {
    case 'theme': {
      const on = filters.themes.includes(action.slug);
      return {
        ...filters,
        themes: on
          ? filters.themes.filter((t) => t !== action.slug)
          : [...filters.themes, action.slug],
      };
    }
    case 'year': {
      const only = filters.years?.from === action.year && filters.years.to === action.year;
      return { ...filters, years: only ? null : { from: action.year, to: action.year } };
    }
    case 'all-years':
      return { ...filters, years: null };
    case 'undated':
      return { ...filters, undated: includesUndated(filters) ? 'exclude' : 'include' };
    case 'search':
      return { ...filters, q: action.q };
  }
}

export function expectedView(
  store: EventStore,
  filters: Filters,
  previousRows: Uint32Array | null,
): Expected & { rows: Uint32Array } {
  const result = crossFilter(store, filters);
  const order = themeOrder(store, crossFilter(store, emptyFilters).themeCounts);
  const n = (x: number): string => x.toLocaleString('en');
  const events = (x: number): string => `${n(x)} event${x === 1 ? '' : 's'}`;
  const shown = result.rows.length;
  const themeLabels: Record<string, string> = {};
  for (const bin of themeBins(store, result, order, filters.themes)) {
    themeLabels[bin.label] = `${bin.label}: ${events(bin.count)}`;
  }
  return {
    rows: result.rows,
    countText: shown === store.size ? events(store.size) : `${n(shown)} of ${n(store.size)} events`,
    caption: shown === 1 ? '1 event' : `${n(shown)} events`,
    undatedText: `Undated (${n(result.undated)})`,
    timeLabels: timeSeries(store, result, filters.years).bins.map(
      (b) => `${b.title}: ${events(b.count)}`,
    ),
    themeLabels,
    mapChanges: previousRows === null || !sameRows(previousRows, result.rows),
  };
}

/** The scripted session: clicks on chart bars, the undated chip, "All years", and typing. */
export function uiSession(store: EventStore, themeLabel: (slug: string) => string): UiStep[] {
  const theme = (slug: string): UiAction => ({ kind: 'theme', slug, label: themeLabel(slug) });
  const actions: UiAction[] = [
    theme('ai'),
    theme('metaverse'),
    { kind: 'year', year: 2019 },
    { kind: 'all-years' },
    { kind: 'undated' },
    theme('ai'),
    ...['f', 'fo', 'for', 'foru', 'forum', ''].map((q): UiAction => ({ kind: 'search', q })),
    { kind: 'year', year: 2022 },
    { kind: 'undated' },
    { kind: 'all-years' },
    theme('cybersecurity'),
    theme('metaverse'),
    { kind: 'year', year: 2016 },
    { kind: 'year', year: 2016 },
    theme('cybersecurity'),
    { kind: 'search', q: 'shanghai' },
    { kind: 'search', q: '' },
    { kind: 'undated' },
    { kind: 'undated' },
  ];
  let filters = emptyFilters;
  let rows: Uint32Array | null = expectedView(store, filters, null).rows;
  return actions.map((action) => {
    filters = applyAction(filters, action);
    const { rows: next, ...expected } = expectedView(store, filters, rows);
    rows = next;
    return { action, filters, expected };
  });
}

function sameRows(a: Uint32Array, b: Uint32Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
