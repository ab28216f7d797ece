// A publication date from metadata (sources.json, a JSON record, an HTML <meta>) → YYYY-MM-DD.
// Dates are read as written, in the publisher's calendar: no time-zone conversion.
import * as chrono from 'chrono-node';

export type DateValue = { date: string; error: null } | { date: null; error: string };

export function parseDateValue(value: string): DateValue {
  const trimmed = value.trim();
  const numeric = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})(?:日|(?=$|[T\s]))/.exec(trimmed);
  if (numeric !== null) {
    return fromParts(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]), trimmed);
  }
  const parsed = chrono.strict.parse(trimmed)[0];
  if (parsed === undefined || parsed.index > 3 || !parsed.start.isCertain('day')) {
    // chrono silently drops impossible dates ("February 30, 2023"): say so instead.
    const named = namedMonthDate(trimmed);
    if (named !== null) return fromParts(named.year, named.month, named.day, trimmed);
    return { date: null, error: `"${trimmed}" is not a recognisable date` };
  }
  const year = parsed.start.get('year');
  const month = parsed.start.get('month');
  const day = parsed.start.get('day');
  if (year === null || month === null || day === null || !parsed.start.isCertain('year')) {
    return { date: null, error: `"${trimmed}" has no year` };
  }
  return fromParts(year, month, day, trimmed);
}

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return (
    match !== null &&
    fromParts(Number(match[1]), Number(match[2]), Number(match[3]), value).error === null
  );
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function namedMonthDate(text: string): { year: number; month: number; day: number } | null {
  const monthFirst =
    /^(?:[a-z]+,?\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i.exec(text);
  const dayFirst =
    /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/i.exec(text);
  const [name, day, year] =
    monthFirst !== null
      ? [monthFirst[1], monthFirst[2], monthFirst[3]]
      : dayFirst !== null
        ? [dayFirst[2], dayFirst[1], dayFirst[3]]
        : [];
  const month = MONTHS.indexOf((name ?? '').toLowerCase()) + 1;
  if (month === 0 || day === undefined || year === undefined) return null;
  return { year: Number(year), month, day: Number(day) };
}

function fromParts(year: number, month: number, day: number, written: string): DateValue {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { date: null, error: `"${written}" is an impossible date` };
  }
  const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return { date, error: null };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
