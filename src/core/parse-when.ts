// Reads a start or end as other datasets write it: an ISO date or date-time, "2023-09-20 10:00",
// a month, a year alone, epoch seconds or milliseconds, a Date (Parquet). Only real calendar dates
// pass: 2023-02-30 is an error, not 2 March.

export type WhenKind = 'date' | 'date-time' | 'month' | 'year' | 'epoch ms' | 'epoch s';

export interface When {
  /** YYYY-MM-DD; a month or year is its first day. */
  date: string;
  precision: 'day' | 'month' | 'year';
  kind: WhenKind;
}

const dateLike = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$/;
const dateTime =
  /^(\d{4})-(\d{2})-(\d{2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i;
const digits = /^-?\d{9,13}$/;

/** The date, null for an empty value, or why it is not one. */
export function parseWhen(value: unknown): When | null | { error: string } {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return fromEpoch(value.getTime(), 'date-time');
  if (typeof value === 'bigint') return parseWhen(Number(value));
  if (typeof value === 'number') return fromNumber(value);
  if (typeof value !== 'string') return { error: `expected a date, got ${typeName(value)}` };
  const text = value.trim();
  if (text === '') return null;
  if (digits.test(text)) return fromNumber(Number(text));
  const time = dateTime.exec(text);
  if (time) return calendar(time[1], time[2], time[3], 'date-time', text);
  const date = dateLike.exec(text);
  if (!date) return { error: `"${clip(text)}" is not a date` };
  const kind = date[3] !== undefined ? 'date' : date[2] !== undefined ? 'month' : 'year';
  return calendar(date[1], date[2] ?? '1', date[3] ?? '1', kind, text);
}

function fromNumber(n: number): When | { error: string } {
  if (Number.isInteger(n) && n >= 1 && n <= 9999) return calendar(String(n), '1', '1', 'year', '');
  if (!Number.isFinite(n) || Math.abs(n) < 1e8) return { error: `${String(n)} is not a date` };
  // Milliseconds from 1973 on are 12+ digits; seconds of the years 1973–5138 are 9–11.
  return Math.abs(n) >= 1e11 ? fromEpoch(n, 'epoch ms') : fromEpoch(n * 1000, 'epoch s');
}

function fromEpoch(ms: number, kind: WhenKind): When | { error: string } {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return { error: 'not a date' };
  return { date: d.toISOString().slice(0, 10), precision: 'day', kind };
}

function calendar(
  y: string | undefined,
  m: string | undefined,
  d: string | undefined,
  kind: WhenKind,
  text: string,
): When | { error: string } {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > days) {
    return { error: `"${clip(text)}" is not a calendar date` };
  }
  const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  const precision = kind === 'year' ? 'year' : kind === 'month' ? 'month' : 'day';
  return { date, precision, kind };
}

const pad = (n: number): string => String(n).padStart(2, '0');
const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
