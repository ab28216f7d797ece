// Export file names say when and what: `event-atlas_2026-11-21_years-2022_themes-metaverse.csv`.
// Every part is sanitised to letters, digits, `.`, `+` and `-`, safe on every file system.
import type { Filters } from './filters.ts';

const MAX_SUMMARY = 80;

/** `now` is read in local time: the date the user sees on their calendar. */
export function exportFileName(
  filters: Filters,
  now: Date,
  extension: 'csv' | 'geojson' | 'arrow' | 'parquet',
): string {
  return `event-atlas_${localDate(now)}_${filterSummary(filters)}.${extension}`;
}

/** A short, file-name-safe description of the filters; `all` when nothing is filtered. */
export function filterSummary(filters: Filters): string {
  const parts: string[] = [];
  if (filters.years !== null) {
    const { from, to } = filters.years;
    parts.push(from === to ? `years-${from}` : `years-${from}-${to}`);
  }
  if (filters.undated !== null) parts.push(`undated-${filters.undated}`);
  if (filters.themes.length > 0) {
    parts.push(`themes-${filters.themes.map(sanitise).filter(Boolean).join('+')}`);
  }
  const q = sanitise(filters.q);
  if (q !== '') parts.push(`q-${q}`);
  if (filters.bbox !== null) parts.push('in-view');
  const summary = parts.length === 0 ? 'all' : parts.join('_');
  return summary.length <= MAX_SUMMARY
    ? summary
    : summary.slice(0, MAX_SUMMARY).replace(/[-_+]+$/, '');
}

function sanitise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 40);
}

function localDate(now: Date): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${d}`;
}
