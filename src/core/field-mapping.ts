// Which column of another dataset holds the id, name, dates, place, point and category: guessed
// from the names and values of its first records, changed by the user in the mapping dialog,
// and kept in the URL (`fields=start:time,lat:latitude`) so a shared link reads the file the same.
import { parseWhen } from './parse-when.ts';

export const MAPPED_FIELDS = [
  'id',
  'name',
  'start',
  'end',
  'place',
  'lat',
  'lon',
  'point',
  'category',
] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** The source column of each field; '' maps none, absent lets the reader guess. */
export type FieldMapping = Partial<Record<MappedField, string>>;

const names: Record<MappedField, readonly string[]> = {
  id: ['id', 'eventid', 'uuid', 'fid', 'objectid', 'eventidcnty'],
  name: ['name', 'title', 'eventname', 'label', 'event', 'headline'],
  start: [
    'start',
    'startdate',
    'date',
    'eventdate',
    'time',
    'datetime',
    'timestamp',
    'begin',
    'when',
    'startsat',
    'starttime',
    'dtstart',
  ],
  end: ['end', 'enddate', 'until', 'finish'],
  place: ['place', 'location', 'address', 'locality', 'venue', 'city'],
  lat: ['lat', 'latitude', 'y', 'latdd'],
  lon: ['lon', 'lng', 'long', 'longitude', 'x', 'londd'],
  point: ['geometry', 'geom', 'wkt', 'thegeom', 'point', 'location'],
  category: ['themes', 'category', 'eventtype', 'type', 'theme', 'kind', 'class', 'tags'],
};

const normal = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Guesses the mapping from sample records; `given` (from the URL) wins field by field. */
export function detectMapping(
  sample: readonly Record<string, unknown>[],
  given: FieldMapping = {},
): Required<FieldMapping> {
  const keys = [...new Set(sample.flatMap((r) => Object.keys(r)))];
  const values = (key: string) =>
    sample.map((r) => r[key]).filter((v) => v !== null && v !== undefined && v !== '');
  const fits: Record<MappedField, (key: string) => boolean> = {
    id: (k) => mostly(values(k), (v) => typeof v === 'string' || typeof v === 'number'),
    name: (k) => mostly(values(k), (v) => typeof v === 'string'),
    start: (k) => mostly(values(k), isDate, 0.5),
    end: (k) => mostly(values(k), isDate, 0.5),
    place: (k) => mostly(values(k), (v) => typeof v === 'string'),
    lat: (k) => mostly(values(k), (v) => inRange(v, 90)),
    lon: (k) => mostly(values(k), (v) => inRange(v, 180)),
    point: (k) => mostly(values(k), (v) => readPoint(v) !== null),
    category: (k) => k === 'themes' || (lowCardinality(values(k)) && !mostly(values(k), isDate)),
  };
  const used = new Set<string>();
  const out = {} as Required<FieldMapping>;
  for (const field of MAPPED_FIELDS) {
    const chosen = given[field];
    if (chosen !== undefined) {
      out[field] = chosen === '' || keys.includes(chosen) ? chosen : '';
    } else {
      // A column of the field's own name is read as that field, whatever its values.
      const own = keys.find((k) => k === (field === 'category' ? 'themes' : field));
      const byName = names[field]
        .map((n) => keys.find((k) => normal(k) === n && !used.has(k)))
        .find((k): k is string => k !== undefined && fits[field](k));
      out[field] = own ?? byName ?? '';
    }
    if (out[field] !== '') used.add(out[field]);
  }
  // A column typed as a date (Arrow, Parquet) is the start when no name says which is.
  if (given.start === undefined && out.start === '') {
    out.start = keys.find((k) => !used.has(k) && mostly(values(k), (v) => v instanceof Date)) ?? '';
    if (out.start !== '') used.add(out.start);
  }
  if (given.category === undefined && out.category === '') {
    out.category = keys.find((k) => !used.has(k) && fits.category(k)) ?? '';
  }
  return out;
}

/** A point as a GeoJSON Point or WKT `POINT (lon lat)`; null for anything else. */
export function readPoint(value: unknown): [number, number] | null {
  if (typeof value === 'string') {
    const m = /^\s*POINT\s*Z?\s*\(\s*(-?[\d.eE+-]+)\s+(-?[\d.eE+-]+)/i.exec(value);
    return m ? lonLat(Number(m[1]), Number(m[2])) : null;
  }
  if (typeof value !== 'object' || value === null || !('coordinates' in value)) return null;
  const { type, coordinates } = value as { type?: unknown; coordinates: unknown };
  const first: unknown =
    type === 'MultiPoint' && Array.isArray(coordinates)
      ? (coordinates as unknown[])[0]
      : coordinates;
  if ((type !== 'Point' && type !== 'MultiPoint') || !Array.isArray(first)) return null;
  const [lon, lat] = first as unknown[];
  return typeof lon === 'number' && typeof lat === 'number' ? lonLat(lon, lat) : null;
}

function lonLat(lon: number, lat: number): [number, number] | null {
  return Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [lon, lat] : null;
}

/** A number (or numeric text) within ±limit. */
export function readCoordinate(value: unknown, limit: number): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= limit ? n : null;
}

const inRange = (v: unknown, limit: number): boolean => readCoordinate(v, limit) !== null;

function mostly(values: readonly unknown[], test: (v: unknown) => boolean, share = 0.8): boolean {
  return values.filter(test).length >= values.length * share;
}

function isDate(value: unknown): boolean {
  const when = parseWhen(value);
  return when !== null && !('error' in when);
}

/** A few texts repeated: something to colour by (a type, a category), not a name or a note. */
function lowCardinality(values: readonly unknown[]): boolean {
  if (values.length < 3 || !values.every((v) => typeof v === 'string' && v.length <= 40)) {
    return false;
  }
  const distinct = new Set(values).size;
  return distinct <= 12 && distinct < values.length && distinct <= Math.max(2, values.length / 3);
}

/** `fields=` of the URL: `start:time,lat:latitude,category:` (empty: map none). */
export function parseMapping(text: string | null): FieldMapping {
  const out: FieldMapping = {};
  for (const pair of (text ?? '').split(',')) {
    const at = pair.indexOf(':');
    const field = pair.slice(0, at) as MappedField;
    if (at > 0 && MAPPED_FIELDS.includes(field)) out[field] = pair.slice(at + 1);
  }
  return out;
}

export function formatMapping(mapping: FieldMapping): string | null {
  const pairs = MAPPED_FIELDS.filter((f) => mapping[f] !== undefined).map(
    (f) => `${f}:${mapping[f] ?? ''}`,
  );
  return pairs.length > 0 ? pairs.join(',') : null;
}
