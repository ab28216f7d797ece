// The time chart's bars, read from crossFilter's counts (all clauses but time): one bar per year
// of the dataset, or one per month when the shown range spans two years or less.
import type { CrossFilterResult } from './cross-filter.ts';
import type { EventStore } from './event-store.ts';
import type { YearRange } from './filters.ts';
import { MONTH_NAMES } from './month-names.ts';

const MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3));

export interface TimeBin {
  /** `2022` or `2022-04`. */
  key: string;
  /** Short axis label: `2022`, or `Apr` (the year itself on January). */
  label: string;
  /** Full accessible label: `2022` or `April 2022`. */
  title: string;
  year: number;
  /** 0-11 in month bins; null in year bins. */
  month: number | null;
  count: number;
  /** Inside the selected year range. */
  selected: boolean;
}

export interface TimeSeries {
  unit: 'year' | 'month';
  bins: TimeBin[];
  /** Events of the shown range dated only to the year: they have no month bar. */
  yearOnly: number;
  /** Events dated outside `CHARTED_YEARS`: counted here, never drawn. */
  outside: number;
}

/**
 * Years the chart draws. One event dated 9999 (or 0001) in valid data would otherwise stretch
 * the axis over thousands of empty bars and freeze the page while they are drawn.
 */
export const CHARTED_YEARS = { from: 1900, to: 2100 };

const extents = new WeakMap<EventStore, { first: number; last: number }>();

/** First and last year within CHARTED_YEARS that any event of the dataset has. */
function chartedExtent(store: EventStore): { first: number; last: number } {
  let extent = extents.get(store);
  if (extent === undefined) {
    extent = { first: Infinity, last: -Infinity };
    for (const year of store.year) {
      if (year < CHARTED_YEARS.from || year > CHARTED_YEARS.to) continue;
      if (year < extent.first) extent.first = year;
      if (year > extent.last) extent.last = year;
    }
    extents.set(store, extent);
  }
  return extent;
}

export function timeSeries(
  store: EventStore,
  result: CrossFilterResult,
  years: YearRange | null,
): TimeSeries {
  const { minYear } = store;
  const { first, last } = chartedExtent(store);
  const yearCount = (y: number): number => result.yearCounts[y - minYear] ?? 0;
  let outside = 0;
  result.yearCounts.forEach((count, i) => {
    if (minYear + i < first || minYear + i > last) outside += count;
  });
  if (first > last) return { unit: 'year', bins: [], yearOnly: 0, outside };
  const shown = {
    from: Math.max(years?.from ?? first, first),
    to: Math.min(years?.to ?? last, last),
  };
  const selected = (y: number): boolean => years !== null && y >= years.from && y <= years.to;

  if (shown.to - shown.from + 1 > 2) {
    const bins = Array.from({ length: last - first + 1 }, (_, i) => {
      const year = first + i;
      const key = String(year);
      return {
        key,
        label: key,
        title: key,
        year,
        month: null,
        count: yearCount(year),
        selected: selected(year),
      };
    });
    return { unit: 'year', bins, yearOnly: 0, outside };
  }

  const bins: TimeBin[] = [];
  let yearOnly = 0;
  for (let year = shown.from; year <= shown.to; year++) {
    let inMonths = 0;
    for (let month = 0; month < 12; month++) {
      const count = year >= minYear ? (result.monthCounts[(year - minYear) * 12 + month] ?? 0) : 0;
      inMonths += count;
      const short = MONTHS[month] as string;
      bins.push({
        key: `${year}-${String(month + 1).padStart(2, '0')}`,
        label: month === 0 ? String(year) : short,
        title: `${MONTH_NAMES[month] as string} ${year}`,
        year,
        month,
        count,
        selected: selected(year),
      });
    }
    yearOnly += yearCount(year) - inMonths;
  }
  return { unit: 'month', bins, yearOnly, outside };
}
