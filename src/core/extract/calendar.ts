// Calendar arithmetic on ISO dates (YYYY-MM-DD), always in UTC so the host time zone never leaks in.

const DAY_MS = 86_400_000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function parseIso(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (m === null) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDate(ymd.year, ymd.month, ymd.day) ? ymd : null;
}

function epochDay(iso: string): number {
  const ymd = parseIso(iso);
  if (ymd === null) throw new RangeError(`not an ISO date: ${iso}`);
  return Date.UTC(ymd.year, ymd.month - 1, ymd.day) / DAY_MS;
}

function fromEpochDay(days: number): string {
  const d = new Date(days * DAY_MS);
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(iso: string, days: number): string {
  return fromEpochDay(epochDay(iso) + days);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return epochDay(b) - epochDay(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return (((epochDay(iso) + 4) % 7) + 7) % 7;
}

/** The given weekday on or before `iso` (`direction` -1) or on or after it (+1). */
export function nearestWeekday(iso: string, weekday: number, direction: -1 | 1): string {
  const diff = (weekday - weekdayOf(iso) + 7) % 7;
  return direction === 1 ? addDays(iso, diff) : addDays(iso, diff === 0 ? 0 : diff - 7);
}

/**
 * The date with day-of-month `day` on or before `iso` (-1), on or after it (+1), or the nearer of
 * the two (0), skipping months too short for it: "on the 15th" in a report.
 */
export function nearestMonthDay(iso: string, day: number, direction: -1 | 0 | 1): string | null {
  const ymd = parseIso(iso);
  if (ymd === null || day < 1 || day > 31) return null;
  const find = (step: -1 | 1): string | null => {
    for (let i = 0; i < 3; i += 1) {
      const index = ymd.year * 12 + (ymd.month - 1) + step * i;
      const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
      if (!isValidDate(year, month, day)) continue;
      const candidate = toIso(year, month, day);
      if (daysBetween(iso, candidate) * step >= 0) return candidate;
    }
    return null;
  };
  const before = find(-1);
  const after = find(1);
  if (direction === -1) return before;
  if (direction === 1) return after;
  if (before === null || after === null) return before ?? after;
  return daysBetween(before, iso) <= daysBetween(iso, after) ? before : after;
}
