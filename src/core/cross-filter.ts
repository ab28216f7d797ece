// One pass over the store computes what every view needs: the rows passing all clauses (map,
// table, export) and each chart's counts over the rows passing every clause but its own.
import type { EventStore } from './event-store.ts';
import { includesUndated, type Filters } from './filters.ts';

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
  const { size, minYear, maxYear } = store;
  const years = maxYear >= minYear && maxYear !== 0 ? maxYear - minYear + 1 : 0;
  const yearCounts = new Uint32Array(years);
  const monthCounts = new Uint32Array(years * 12);
  const themeCounts = new Uint32Array(store.themes.length);
  const rows = new Uint32Array(size);
  let rowCount = 0;
  let undated = 0;

  const from = filters.years?.from ?? -Infinity;
  const to = filters.years?.to ?? Infinity;
  const keepUndated = includesUndated(filters);
  const wanted = themeMask(store, filters.themes);
  const q = filters.q.trim().toLowerCase();
  const bbox = filters.bbox;
  const words = store.themeWords;

  for (let i = 0; i < size; i++) {
    const year = store.year[i] as number;
    const timeOk = year === 0 ? keepUndated : year >= from && year <= to;
    let themeOk = wanted === null;
    if (wanted !== null) {
      for (let w = 0; w < words && !themeOk; w++) {
        themeOk = ((store.themeBits[i * words + w] as number) & (wanted[w] as number)) !== 0;
      }
    }
    const textOk = q === '' || (store.text[i] as string).includes(q);
    let bboxOk = true;
    if (bbox !== null) {
      const lon = store.lon[i] as number;
      const lat = store.lat[i] as number;
      bboxOk = lat >= bbox[1] && lat <= bbox[3] && inLonRange(lon, bbox[0], bbox[2]);
    }
    const othersOk = textOk && bboxOk;
    if (othersOk && themeOk) {
      if (year === 0) undated++;
      else {
        const y = year - minYear;
        yearCounts[y] = (yearCounts[y] as number) + 1;
        const m = store.month[i] as number;
        if (m >= 0) monthCounts[y * 12 + m] = (monthCounts[y * 12 + m] as number) + 1;
      }
    }
    if (othersOk && timeOk) {
      for (let w = 0; w < words; w++) {
        let bits = store.themeBits[i * words + w] as number;
        while (bits !== 0) {
          const b = 31 - Math.clz32(bits);
          const t = w * 32 + b;
          themeCounts[t] = (themeCounts[t] as number) + 1;
          bits &= ~(1 << b);
        }
      }
    }
    if (othersOk && timeOk && themeOk) rows[rowCount++] = i;
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

function themeMask(store: EventStore, slugs: readonly string[]): Uint32Array | null {
  if (slugs.length === 0) return null;
  const mask = new Uint32Array(store.themeWords);
  for (const slug of slugs) {
    const id = store.themes.indexOf(slug);
    if (id >= 0) mask[id >>> 5] = (mask[id >>> 5] as number) | (1 << (id & 31));
  }
  return mask;
}

function inLonRange(lon: number, west: number, east: number): boolean {
  return west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
}
