// The shareable state of the dashboard as a query string. The names `years`, `themes`, `q`, `sel`
// and `data` are a published contract (people share links, scripts build them); `undated`,
// `inview` and `map` are ours. Parsing never fails: a malformed value falls back to its default.
import { formatMapping, parseMapping, type FieldMapping } from './field-mapping.ts';
import { emptyFilters, type Filters, type UndatedMode, type YearRange } from './filters.ts';

export interface MapPosition {
  lon: number;
  lat: number;
  zoom: number;
}

export interface UrlState {
  /** `bbox` is always null here: the URL keeps only the "only in map view" toggle (`inView`). */
  filters: Filters;
  inView: boolean;
  sel: string | null;
  map: MapPosition | null;
  /** Dataset URL; null: the bundled `data/events.geojson`. */
  data: string | null;
  /** Which column is which field (`fields=start:time,lat:latitude`); empty: guessed. */
  fields: FieldMapping;
}

export const defaultUrlState: UrlState = {
  filters: emptyFilters,
  inView: false,
  sel: null,
  map: null,
  data: null,
  fields: {},
};

const maxText = 500;

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const text = (name: string): string | null => {
    const value = params.get(name)?.trim();
    return value === undefined || value === '' || value.length > maxText ? null : value;
  };
  return {
    filters: {
      years: parseYears(text('years')),
      undated: parseUndated(text('undated')),
      themes: parseThemes(text('themes')),
      q: text('q') ?? '',
      bbox: null,
    },
    inView: text('inview') === '1',
    sel: text('sel'),
    map: parseMap(text('map')),
    data: text('data'),
    fields: parseMapping(text('fields')),
  };
}

const ownNames = new Set([
  'data',
  'fields',
  'years',
  'undated',
  'themes',
  'q',
  'inview',
  'sel',
  'map',
]);

/**
 * The query string for a state, with a leading `?`, or '' for the default state. Parameters of
 * `previous` that are not ours (`debug`, a campaign tag) are kept after our own.
 */
export function serializeUrlState(state: UrlState, previous = ''): string {
  const { filters } = state;
  const pairs: [string, string | null][] = [
    ['data', state.data],
    ['fields', formatMapping(state.fields)],
    ['years', filters.years && formatYears(filters.years)],
    ['undated', filters.undated],
    ['themes', filters.themes.length > 0 ? filters.themes.join(',') : null],
    ['q', filters.q.trim() === '' ? null : filters.q.trim()],
    ['inview', state.inView ? '1' : null],
    ['sel', state.sel],
    ['map', state.map && formatMap(state.map)],
  ];
  const own = pairs
    .filter((pair): pair is [string, string] => pair[1] !== null)
    .map(([name, value]) => `${name}=${encodeValue(value)}`);
  const foreign = [...new URLSearchParams(previous)]
    .filter(([name]) => !ownNames.has(name))
    .map(([name, value]) =>
      value === '' ? encodeValue(name) : `${encodeValue(name)}=${encodeValue(value)}`,
    );
  const query = [...own, ...foreign].join('&');
  return query === '' ? '' : `?${query}`;
}

function parseYears(value: string | null): YearRange | null {
  const match = value === null ? null : /^(\d{1,4})(?:-(\d{1,4}))?$/.exec(value);
  if (!match) return null;
  const a = Number(match[1]);
  const b = match[2] === undefined ? a : Number(match[2]);
  if (a < 1 || b < 1) return null;
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

function formatYears({ from, to }: YearRange): string {
  return from === to ? String(from) : `${from}-${to}`;
}

function parseUndated(value: string | null): UndatedMode {
  return value === 'include' || value === 'exclude' ? value : null;
}

function parseThemes(value: string | null): string[] {
  if (value === null) return [];
  const slugs = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => /^[\p{L}\p{N}][\p{L}\p{N}-]*$/u.test(s));
  return [...new Set(slugs)];
}

function parseMap(value: string | null): MapPosition | null {
  const parts = value?.split(',') ?? [];
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return null;
  const [lon, lat, zoom] = parts.map(Number) as [number, number, number];
  const ok = Math.abs(lon) <= 180 && Math.abs(lat) <= 85.06 && zoom >= 0 && zoom <= 24; // NaN fails all
  return ok ? { lon, lat, zoom } : null;
}

function formatMap({ lon, lat, zoom }: MapPosition): string {
  return `${round(lon, 4)},${round(lat, 4)},${round(zoom, 2)}`;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

// Keeps `,` and `:` / `/` readable (`themes=metaverse,ai`, `data=https://...`): none of them
// separates parameters.
function encodeValue(value: string): string {
  return encodeURIComponent(value)
    .replace(/%2C/gi, ',')
    .replace(/%3A/gi, ':')
    .replace(/%2F/gi, '/');
}
