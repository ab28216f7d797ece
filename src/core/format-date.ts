// Event dates as people read them, at the precision the article gave. Dates are parsed from their
// ISO text, never through `Date`, so the viewer's time zone cannot shift a day.
import type { DatePrecision } from './event.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DASH = '\u2013';

interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function formatEventDate(
  start: string | null,
  end: string | null,
  precision: DatePrecision,
): string {
  const a = start === null ? null : parseIsoDate(start);
  if (a === null || precision === 'unknown') return 'Undated';
  const b = end === null ? null : parseIsoDate(end);
  if (precision === 'year') {
    return b === null || b.y === a.y ? `${a.y}` : `${a.y}${DASH}${b.y}`;
  }
  if (precision === 'month') {
    if (b === null || (b.y === a.y && b.m === a.m)) return `${month(a)} ${a.y}`;
    if (b.y === a.y) return `${month(a)}${DASH}${month(b)} ${a.y}`;
    return `${month(a)} ${a.y} ${DASH} ${month(b)} ${b.y}`;
  }
  if (b === null || (b.y === a.y && b.m === a.m && b.d === a.d)) return day(a);
  if (b.y === a.y && b.m === a.m) return `${a.d}${DASH}${day(b)}`;
  if (b.y === a.y) return `${a.d} ${month(a)} ${DASH} ${day(b)}`;
  return `${day(a)} ${DASH} ${day(b)}`;
}

/** The start date as an integer YYYYMMDD for sorting; null when undated. */
export function dateSortKey(start: string | null, precision: DatePrecision): number | null {
  const a = start === null || precision === 'unknown' ? null : parseIsoDate(start);
  return a === null ? null : a.y * 10000 + a.m * 100 + a.d;
}

function parseIsoDate(iso: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (match === null) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? { y, m, d } : null;
}

function month(date: Ymd): string {
  return MONTHS[date.m - 1] ?? '';
}

function day(date: Ymd): string {
  return `${date.d} ${month(date)} ${date.y}`;
}
