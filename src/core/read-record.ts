// Reads one record of any dataset (a GeoJSON feature's properties, a CSV row, an Arrow or Parquet
// row) into an event, field by field as the schema table types them. Nothing fails a record: a
// value of the wrong type drops that field (counted, with an example, for the load summary), a
// missing field takes its default, and properties the schema does not know are kept as extras.
import { EVENT_SCHEMA, type FieldType, type SchemaField } from './event-schema.ts';
import type { EventFeature, EventProperties, EventSource, ExtraValue } from './event.ts';
import { readCoordinate, readPoint, type FieldMapping } from './field-mapping.ts';
import { parseWhen, typeName, type WhenKind } from './parse-when.ts';

export interface RawRecord {
  properties: Record<string, unknown>;
  /** A GeoJSON feature's geometry; undefined for tables. */
  geometry?: unknown;
  /** A GeoJSON feature's own `id`. */
  featureId?: unknown;
}

export interface Dropped {
  count: number;
  /** The first value's problem, e.g. `"2023-02-30" is not a calendar date`. */
  example: string;
}

/** What reading the records found, for the one-line summary and its details. */
export interface ReadNotes {
  /** By source column. */
  dropped: Record<string, Dropped>;
  /** Date columns not written as plain dates: `{ time: 'epoch ms' }`. */
  dateKinds: Record<string, WhenKind>;
  extraKeys: string[];
  renamedIds: number;
  placed: number;
}

export const emptyNotes = (): ReadNotes => ({
  dropped: {},
  dateKinds: {},
  extraKeys: [],
  renamedIds: 0,
  placed: 0,
});

type Value = EventProperties[keyof EventProperties];

export class RecordReader {
  readonly notes = emptyNotes();
  readonly mapping: Required<FieldMapping>;
  /** Columns the reader takes: anything else is an extra. */
  private readonly taken: Set<string>;
  private readonly extras = new Set<string>();
  private readonly ids = new Set<string>();
  private count = 0;

  constructor(mapping: Required<FieldMapping>) {
    this.mapping = mapping;
    const mapped = Object.values(mapping).filter((k) => k !== '');
    this.taken = new Set([...EVENT_SCHEMA.map((f) => f.key), ...mapped, ...evidenceColumns]);
    if (mapping.category !== 'themes' && mapping.category !== '') this.taken.delete('themes');
  }

  read(raw: RawRecord): EventFeature {
    const index = this.count++;
    const props = raw.properties;
    const kept: Record<string, ExtraValue> = {};
    this.rejected = kept;
    const p = {} as Record<string, Value>;
    for (const field of EVENT_SCHEMA) p[field.key] = this.field(field, props);
    const start = this.when('start', props);
    p.start = start?.date ?? null;
    p.end = this.when('end', props)?.date ?? null;
    const precision = p.date_precision as Value;
    p.date_precision =
      start === null ? 'unknown' : precision === 'unknown' ? start.precision : precision;
    p.year = start === null ? null : Number(start.date.slice(0, 4));
    if (p.end !== null && p.start !== null && p.end < p.start) {
      this.drop(this.source('end') ?? 'end', `end ${p.end} is before the start`);
      p.end = null;
    }
    const category = this.mapping.category;
    if (category !== '' && category !== 'themes') p.themes = categoryOf(props[category]);
    p.id = this.uniqueId(this.idOf(raw, p, index));
    if (p.name === '') p.name = defaultName(p, index);
    const point = this.point(raw);
    if (point === null) p.location_precision = 'unknown';
    else this.notes.placed++;
    const properties = p as unknown as EventProperties;
    const feature: EventFeature = {
      type: 'Feature',
      id: properties.id,
      geometry: point && { type: 'Point', coordinates: point },
      properties,
    };
    const extra = this.extra(props, kept);
    if (extra !== null) feature.extra = extra;
    return feature;
  }

  /** Values of this record that a field could not take: kept as extras, so nothing is lost. */
  private rejected: Record<string, ExtraValue> = {};

  /** The column a field is read from; null when the mapping maps none. */
  private source(key: string): string | null {
    const mapped = (this.mapping as Record<string, string | undefined>)[key];
    if (mapped === undefined) return key;
    return mapped === '' ? null : mapped;
  }

  private field(field: SchemaField, props: Record<string, unknown>): Value {
    const key = this.source(field.key);
    if (key === null || field.type.kind === 'date') return fallback(field.type);
    const raw = field.key === 'evidence' ? evidenceOf(props) : props[key];
    if (raw === undefined || raw === null || raw === '') return fallback(field.type);
    const value = coerce(field.type, raw);
    if (value !== undefined) return value;
    this.drop(key, `expected ${field.shown}, got ${describe(raw)}`, raw);
    return fallback(field.type);
  }

  private when(field: 'start' | 'end', props: Record<string, unknown>) {
    const key = this.source(field);
    if (key === null) return null;
    const raw = props[key];
    const when = parseWhen(raw);
    if (when === null) return null;
    if ('error' in when) {
      this.drop(key, when.error, raw);
      return null;
    }
    if (when.kind !== 'date') this.notes.dateKinds[key] ??= when.kind;
    return when;
  }

  private idOf(raw: RawRecord, p: Record<string, Value>, index: number): string {
    if (typeof p.id === 'string' && p.id !== '') return p.id;
    const own = raw.featureId;
    if (typeof own === 'string' && own !== '') return own;
    if (typeof own === 'number') return String(own);
    return `row-${String(index + 1)}`;
  }

  private uniqueId(id: string): string {
    let unique = id;
    for (let n = 2; this.ids.has(unique); n++) unique = `${id}-${String(n)}`;
    if (unique !== id) this.notes.renamedIds++;
    this.ids.add(unique);
    return unique;
  }

  private point(raw: RawRecord): [number, number] | null {
    const { lat, lon, point } = this.mapping;
    const props = raw.properties;
    if (raw.geometry !== undefined && raw.geometry !== null) {
      const p = readPoint(raw.geometry);
      if (p !== null) return p;
      this.drop('geometry', `expected a Point, got ${describe(raw.geometry)}`);
    }
    if (point !== '' && props[point] !== undefined && props[point] !== null) {
      const p = readPoint(props[point]);
      if (p !== null) return p;
      this.drop(point, `expected a point, got ${describe(props[point])}`, props[point]);
    }
    if (lat === '' || lon === '') return null;
    const y = props[lat];
    const x = props[lon];
    if (y === null || y === undefined || y === '' || x === null || x === undefined || x === '') {
      return null;
    }
    const latitude = readCoordinate(y, 90);
    const longitude = readCoordinate(x, 180);
    if (latitude === null) this.drop(lat, `expected a latitude, got ${describe(y)}`, y);
    if (longitude === null) this.drop(lon, `expected a longitude, got ${describe(x)}`, x);
    return latitude === null || longitude === null ? null : [longitude, latitude];
  }

  private extra(
    props: Record<string, unknown>,
    rejected: Record<string, ExtraValue>,
  ): Record<string, ExtraValue> | null {
    let out: Record<string, ExtraValue> | null = null;
    for (const key in props) {
      if (this.taken.has(key)) continue;
      const value = props[key];
      if (value === undefined) continue;
      out ??= {};
      out[key] = typeof value === 'bigint' ? Number(value) : value;
      if (!this.extras.has(key)) {
        this.extras.add(key);
        this.notes.extraKeys.push(key);
      }
    }
    for (const key in rejected) (out ??= {})[key] = rejected[key] as ExtraValue;
    return out;
  }

  private drop(key: string, example: string, raw?: unknown): void {
    if (raw !== undefined) this.rejected[key] = typeof raw === 'bigint' ? Number(raw) : raw;
    const known = this.notes.dropped[key];
    if (known) known.count++;
    else this.notes.dropped[key] = { count: 1, example };
  }
}

const evidenceColumns = ['evidence_date', 'evidence_place'];

function evidenceOf(props: Record<string, unknown>): unknown {
  if (props.evidence !== undefined) return props.evidence;
  const [date, place] = evidenceColumns.map((k) => props[k]);
  return date === undefined && place === undefined ? undefined : { date, place };
}

function fallback(type: FieldType): Value {
  switch (type.kind) {
    case 'id':
    case 'name':
      return '';
    case 'enum':
    case 'number':
      return type.fallback;
    case 'texts':
    case 'sources':
      return [];
    case 'evidence':
      return { date: null, place: null };
    default:
      return null;
  }
}

/** The value as the type holds it, or undefined when it cannot be. */
function coerce(type: FieldType, raw: unknown): Value | undefined {
  switch (type.kind) {
    case 'id':
    case 'name':
    case 'text':
      return typeof raw === 'string'
        ? raw
        : typeof raw === 'number' || typeof raw === 'bigint'
          ? String(raw)
          : undefined;
    case 'date':
      return undefined; // read by `when`
    case 'enum': {
      const s = typeof raw === 'string' ? raw.trim().toLowerCase() : null;
      return s !== null && type.values.includes(s) ? s : undefined;
    }
    case 'integer':
    case 'number': {
      const n = typeof raw === 'string' ? Number(raw) : typeof raw === 'bigint' ? Number(raw) : raw;
      const ok = typeof n === 'number' && Number.isFinite(n) && n >= type.min && n <= type.max;
      return ok && (type.kind === 'number' || Number.isInteger(n)) ? n : undefined;
    }
    case 'texts':
      return texts(fromJson(raw));
    case 'sources':
      return sources(fromJson(raw));
    case 'evidence':
      return evidence(fromJson(raw));
  }
}

/** A list or object written as JSON text (Parquet and CSV exports of nested fields). */
function fromJson(raw: unknown): unknown {
  if (typeof raw !== 'string' || !/^\s*[[{]/.test(raw)) return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function texts(raw: unknown): string[] | undefined {
  if (typeof raw === 'string') return splitList(raw);
  if (!isList(raw) || !raw.every((s) => typeof s === 'string')) return undefined;
  return raw;
}

/** A CSV cell of a list, as the CSV export writes it ("a; b"). */
function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const nullableText = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function sources(raw: unknown): EventSource[] | undefined {
  if (typeof raw === 'string') {
    const urls = splitList(raw);
    if (!urls.every((u) => /^https?:\/\//.test(u))) return undefined;
    return urls.map((url) => ({ file: url, url, outlet: null, published: null, title: null }));
  }
  if (!isList(raw) || !raw.every((s) => typeof s === 'object' && s !== null)) return undefined;
  return (raw as Record<string, unknown>[]).map((s) => ({
    file: typeof s.file === 'string' ? s.file : '',
    url: nullableText(s.url),
    outlet: nullableText(s.outlet),
    published: nullableText(s.published),
    title: nullableText(s.title),
  }));
}

function evidence(raw: unknown): Value | undefined {
  if (typeof raw === 'string') return { date: raw, place: null };
  if (typeof raw !== 'object' || raw === null || isList(raw)) return undefined;
  const e = raw as Record<string, unknown>;
  return { date: nullableText(e.date), place: nullableText(e.place) };
}

/** Arrow and Parquet lists arrive as arrays, or as typed arrays for numbers. */
function isList(v: unknown): v is unknown[] {
  return Array.isArray(v);
}

/** Category values as theme slugs (the URL's `themes=` takes slugs). */
function categoryOf(value: unknown): string[] {
  const values = typeof value === 'string' ? [value] : isList(value) ? value : [];
  return values
    .filter((v): v is string => typeof v === 'string')
    .map((v) =>
      v
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((v) => v !== '');
}

function defaultName(p: Record<string, Value>, index: number): string {
  const parts = [p.themes instanceof Array ? p.themes[0] : null, p.place].filter(
    (s): s is string => typeof s === 'string' && s !== '',
  );
  return parts.length > 0 ? parts.join(' · ') : `Feature ${String(index + 1)}`;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeName(value);
}
