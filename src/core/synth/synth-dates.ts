// Calendar arithmetic for synthetic events, on whole UTC days so no time zone can shift a date.

export function daysSinceEpoch(year: number, month: number, day: number): number {
  return Date.UTC(year, month, day) / 86_400_000;
}

/** YYYY-MM-DD of a day count since 1970-01-01. */
export function isoDate(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

/** [year, month 0-11, day of month] of a day count since 1970-01-01. */
export function dateParts(days: number): [number, number, number] {
  const d = new Date(days * 86_400_000);
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}
