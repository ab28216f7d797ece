// The same cross-filter done with crossfilter2, the incremental library dashboards have long used:
// one dimension per clause and a group per chart, set up once; a filter change touches only the
// changed clause's dimension, as crossfilter2 is meant to be used.
import crossfilter from 'crossfilter2';
import type { EventStore } from '../src/core/event-store.ts';
import type { Clause, Filters } from '../src/core/filters.ts';

export interface BaselineRecord {
  index: number;
  /** year * 100 + month (1-12), or year * 100 when the month is unknown; 0 when undated. */
  time: number;
  themes: readonly string[];
  text: string;
  lon: number;
  lat: number;
}

export interface BaselineResult {
  rows: BaselineRecord[];
  years: readonly { key: number; value: number }[];
  months: readonly { key: number; value: number }[];
  themes: readonly { key: string; value: number }[];
}

export interface Baseline {
  apply: (clause: Clause, filters: Filters) => void;
  read: () => BaselineResult;
}

export function baselineRecords(store: EventStore): BaselineRecord[] {
  return Array.from({ length: store.size }, (_, i) => {
    const year = store.year[i] as number;
    const month = store.month[i] as number;
    const lon = store.lon[i] as number;
    const lat = store.lat[i] as number;
    return {
      index: i,
      time: year === 0 ? 0 : year * 100 + month + 1,
      themes: store.eventThemes(i),
      text: store.text[i] as string,
      // crossfilter2 sorts its dimensions: NaN would break the order, Infinity is never in range.
      lon: Number.isNaN(lon) ? Infinity : lon,
      lat: Number.isNaN(lat) ? Infinity : lat,
    };
  });
}

export function createBaseline(records: BaselineRecord[]): Baseline {
  const cf = crossfilter(records);
  const time = cf.dimension((r) => r.time);
  const theme = cf.dimension<string>((r) => [...r.themes], true);
  const text = cf.dimension((r) => r.text);
  const lon = cf.dimension((r) => r.lon);
  const lat = cf.dimension((r) => r.lat);
  const years = time.group<number, number>((t) => Math.floor(t / 100));
  const months = time.group<number, number>((t) => t);
  const themes = theme.group<string, number>();

  const applyTime = ({ years: range, undated }: Filters): void => {
    const from = (range?.from ?? -Infinity) * 100;
    const to = ((range?.to ?? Infinity) + 1) * 100;
    const keepUndated = undated === null ? range === null : undated === 'include';
    if (range === null && keepUndated) time.filterAll();
    else if (undated === null) time.filterRange([from, to]);
    else time.filterFunction((t) => (t === 0 ? keepUndated : t >= from && t < to));
  };
  const applyBox = ({ bbox }: Filters): void => {
    if (bbox === null) {
      lon.filterAll();
      lat.filterAll();
      return;
    }
    const [west, south, east, north] = bbox;
    if (west <= east) lon.filterRange([west, nextUp(east)]);
    else lon.filterFunction((x) => x >= west || x <= east);
    lat.filterRange([south, nextUp(north)]);
  };
  const apply = (clause: Clause, filters: Filters): void => {
    if (clause === 'time') applyTime(filters);
    else if (clause === 'theme') {
      const wanted = new Set(filters.themes);
      if (wanted.size === 0) theme.filterAll();
      else theme.filterFunction((t) => wanted.has(t));
    } else if (clause === 'text') {
      const q = filters.q.trim().toLowerCase();
      if (q === '') text.filterAll();
      else text.filterFunction((s) => s.includes(q));
    } else applyBox(filters);
  };
  return {
    apply,
    read: () => ({
      rows: cf.allFiltered(),
      years: years.all(),
      months: months.all(),
      themes: themes.all(),
    }),
  };
}

// crossfilter2's ranges exclude their upper end; the cross-filter's boxes include it.
function nextUp(x: number): number {
  return x + Math.max(Math.abs(x) * Number.EPSILON, Number.MIN_VALUE);
}
