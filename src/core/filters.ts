// The one filter state that drives every view. Each field is one clause of the cross-filter:
// a chart is counted over the events that pass every clause but its own.

export interface YearRange {
  from: number;
  to: number;
}

/** `null` means automatic: undated events pass while no year range is set, and not once one is. */
export type UndatedMode = 'include' | 'exclude' | null;

export type BBox = [west: number, south: number, east: number, north: number];

export interface Filters {
  years: YearRange | null;
  undated: UndatedMode;
  /** Theme slugs; an event passes when it has any of them. Empty: no theme clause. */
  themes: string[];
  /** Case-insensitive text searched in name, place hierarchy and organisers. */
  q: string;
  /** "Only events in map view": the visible map bounds, or null when the toggle is off. */
  bbox: BBox | null;
}

export type Clause = 'time' | 'theme' | 'text' | 'bbox';

export const emptyFilters: Filters = {
  years: null,
  undated: null,
  themes: [],
  q: '',
  bbox: null,
};

export function includesUndated(filters: Filters): boolean {
  return filters.undated === null ? filters.years === null : filters.undated === 'include';
}

export function isFiltered(filters: Filters): boolean {
  return (
    filters.years !== null ||
    filters.undated !== null ||
    filters.themes.length > 0 ||
    filters.q.trim() !== '' ||
    filters.bbox !== null
  );
}
