// One pass over the store computes what every view needs: the rows passing all clauses (map,
// table, export) and each chart's counts over the rows passing every clause but its own.
import { clauseFails, THEME, TIME } from './clause-masks.ts';
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
  const { size, minYear, maxYear, year, month, themeBits, themeWords: words } = store;
  const years = maxYear >= minYear && maxYear !== 0 ? maxYear - minYear + 1 : 0;
  const yearCounts = new Uint32Array(years);
  const monthCounts = new Uint32Array(years * 12);
  const themeCounts = new Uint32Array(store.themes.length);
  let rowCount = 0;
  let undated = 0;
  const { fails, active, rowBuffer: rows } = clauseFails(store, filters);

  // An event failing no clause counts everywhere; failing exactly one of time or theme, it counts
  // only in that clause's own chart; failing any other clause or two, nowhere.
  for (let i = 0; i < size; i++) {
    const failed = (fails[i] as number) & active;
    if (failed !== 0 && failed !== TIME && failed !== THEME) continue;
    if (failed !== THEME) {
      const y = year[i] as number;
      if (y === 0) undated++;
      else {
        const slot = y - minYear;
        yearCounts[slot] = (yearCounts[slot] as number) + 1;
        const m = month[i] as number;
        if (m >= 0) monthCounts[slot * 12 + m] = (monthCounts[slot * 12 + m] as number) + 1;
      }
    }
    if (failed !== TIME) {
      for (let w = 0; w < words; w++) {
        let bits = themeBits[i * words + w] as number;
        while (bits !== 0) {
          const b = 31 - Math.clz32(bits);
          themeCounts[w * 32 + b] = (themeCounts[w * 32 + b] as number) + 1;
          bits ^= 1 << b;
        }
      }
    }
    if (failed === 0) rows[rowCount++] = i;
  }
  return {
    rows: rows.slice(0, rowCount),
    yearCounts,
    monthCounts,
    undated,
    themeCounts,
    total: size,
  };
}
