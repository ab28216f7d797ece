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
}

export function timeSeries(
  store: EventStore,
  result: CrossFilterResult,
  years: YearRange | null,
): TimeSeries {
  const { minYear } = store;
  const dataYears = result.yearCounts.length;
  if (dataYears === 0) return { unit: 'year', bins: [], yearOnly: 0 };
  const shown = years ?? { from: minYear, to: minYear + dataYears - 1 };
  const yearCount = (y: number): number => result.yearCounts[y - minYear] ?? 0;
  const selected = (y: number): boolean => years !== null && y >= years.from && y <= years.to;

  if (shown.to - shown.from + 1 > 2) {
    const bins = Array.from({ length: dataYears }, (_, i) => {
      const year = minYear + i;
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
    return { unit: 'year', bins, yearOnly: 0 };
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
  return { unit: 'month', bins, yearOnly };
}
