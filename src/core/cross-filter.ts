// What every view needs after a filter change: the rows passing all clauses (map, table, export)
// and each chart's counts over the rows passing every clause but its own. The counts are kept up
// to date per store (cross-filter-state.ts); only the rows are read afresh, in one pass.
import { collectRows, updateCrossFilter } from './cross-filter-state.ts';
import type { EventStore } from './event-store.ts';
import type { Filters } from './filters.ts';

export interface CrossFilterResult {
  /** Indices (into the store) of the events passing every clause, in store order. */
  rows: Uint32Array;
  /** Events per year over [store.minYear, store.maxYear], all clauses but time. */
  yearCounts: Uint32Array;
  /** Events per month over the same years (index (year - minYear) * 12 + month), all clauses but time. */
  monthCounts: Uint32Array;
  /** Undated events passing every clause but time. */
  undated: number;
  /** Events per theme id (store.themes), all clauses but theme. */
  themeCounts: Uint32Array;
  total: number;
}

export function crossFilter(store: EventStore, filters: Filters): CrossFilterResult {
  const state = updateCrossFilter(store, filters);
  const rowCount = collectRows(store, state);
  return {
    rows: state.rowBuffer.slice(0, rowCount),
    yearCounts: state.yearCounts.slice(),
    monthCounts: state.monthCounts.slice(),
    undated: state.undated,
    themeCounts: state.themeCounts.slice(),
    total: store.size,
  };
}
