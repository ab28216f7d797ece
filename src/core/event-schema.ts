// The one table of the event schema. The TypeScript type (event.ts), the reader's checks
// (read-record.ts), the store's columns (event-encoder.ts), the CSV columns (csv.ts), the table
// in docs/data.md and docs/events.schema.json all follow from it: a new field is one row here.

export type FieldType =
  | { kind: 'id' }
  | { kind: 'name' }
  | { kind: 'text' }
  | { kind: 'date' }
  | { kind: 'enum'; values: readonly string[]; fallback: string | null }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'number'; min: number; max: number; fallback: number }
  | { kind: 'texts' }
  | { kind: 'sources' }
  | { kind: 'evidence' };

export interface FieldSpec {
  key: string;
  type: FieldType;
  /** The table's type column in docs/data.md. */
  shown: string;
  doc: string;
  /** Place fields: stored together, since they repeat together (event-encoder.ts). */
  place?: true;
}

const enumOf = <const V extends readonly string[], const F extends V[number] | null>(
  values: V,
  fallback: F,
) => ({ kind: 'enum', values, fallback }) as const;
const quoted = (values: readonly string[]): string => values.map((v) => `\`"${v}"\``).join(' \\| ');

export const ROLES = ['reported', 'mentioned'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;
export const LOCATION_PRECISIONS = [
  'venue',
  'zone',
  'town',
  'district',
  'city',
  'province',
  'country',
  'unknown',
] as const;
export const FORMATS = ['in-person', 'online', 'hybrid'] as const;
export const STATUSES = ['held', 'planned', 'postponed', 'cancelled'] as const;

const placeText = (doc: string) =>
  ({ type: { kind: 'text' }, shown: 'string or null', doc, place: true }) as const;

export const EVENT_SCHEMA = [
  {
    key: 'id',
    type: { kind: 'id' },
    shown: 'string',
    doc: 'Stable id: `ev-` + 12 hex digits of a 64-bit FNV-1a hash of the normalised name (lower case; years, ordinals, "the" and punctuation dropped) and the start year (`undated` when none). It does not depend on file names or order, so it survives re-runs and new articles. Two events that would share an id (same name, same year) get ids hashed with their start date and place instead, and `-2`, `-3`… if still equal. Overrides refer to events by this id. A dataset without ids gets `row-` + a hash of the feature; a repeated id gets `-2`, `-3`….',
  },
  {
    key: 'name',
    type: { kind: 'name' },
    shown: 'string',
    doc: 'The event\'s proper name as written ("2020 World Internet Conference"), not the headline.',
  },
  {
    key: 'role',
    type: enumOf(ROLES, 'reported'),
    shown: quoted(ROLES),
    doc: '`reported`: the article reports it; `mentioned`: recalled in passing with its own date or place. An event both reported and mentioned is `reported`. Absent: `reported`.',
  },
  {
    key: 'start',
    type: { kind: 'date' },
    shown: 'string or null',
    doc: 'First day, `YYYY-MM-DD`. With `month`/`year` precision, the first day of that month/year.',
  },
  {
    key: 'end',
    type: { kind: 'date' },
    shown: 'string or null',
    doc: 'Last day, `YYYY-MM-DD` (equal to `start` for a one-day event); null when the article gives no end. Never before `start`.',
  },
  {
    key: 'date_precision',
    type: enumOf(DATE_PRECISIONS, 'unknown'),
    shown: quoted(DATE_PRECISIONS),
    doc: 'How precisely `start`/`end` are known. `unknown` exactly when `start` is null; absent, the precision `start` is written with.',
  },
  {
    key: 'year',
    type: { kind: 'integer', min: 1, max: 9999 },
    shown: 'integer or null',
    doc: 'Year of `start`.',
  },
  {
    key: 'themes',
    type: { kind: 'texts' },
    shown: 'string[]',
    doc: 'Theme slugs from `data/themes.json`; the first is the primary theme.',
  },
  {
    key: 'place',
    type: { kind: 'text' },
    shown: 'string or null',
    doc: 'The most specific place as written in the article ("Anting Town of Jiading District").',
  },
  placeFieldRow('venue', 'Venue or building, when resolved to one.'),
  placeFieldRow('town', 'Town or township.'),
  placeFieldRow('district', 'District or county.'),
  placeFieldRow('city', 'City (for Chinese municipalities, the municipality).'),
  placeFieldRow('province', 'Province or first-level division.'),
  placeFieldRow('country', 'ISO 3166-1 alpha-2 code (`CN`, `ES`…).'),
  {
    key: 'location_precision',
    type: enumOf(LOCATION_PRECISIONS, 'unknown'),
    shown: quoted(LOCATION_PRECISIONS),
    doc: 'The level the point stands for. `unknown` when `geometry` is null (and in other datasets when not given).',
    place: true,
  },
  {
    key: 'geocoder',
    type: { kind: 'text' },
    shown: 'string or null',
    doc: 'Source and id of the gazetteer row: `geonames:<geonameid>`, `curated:<id>` (rows of `data/places-curated.json`), `geonames-admin1:<code>`, `iso3166:<code>`; null when unplaced.',
    place: true,
  },
  {
    key: 'confidence',
    type: { kind: 'number', min: 0, max: 1, fallback: 0 },
    shown: 'number 0..1',
    doc: 'How sure the geocode is (2 decimals). Below 0.5 the report flags it.',
  },
  {
    key: 'format',
    type: enumOf(FORMATS, null),
    shown: `${quoted(FORMATS)} or null`,
    doc: 'As the article describes it: `online` when the whole event was ("held online", "a virtual summit", "an online edition", "went virtual"), even if a host city is named; `hybrid` when part of it was online at an event held somewhere (online sessions, a livestream to a venue audience); a livestream or remote speakers alone make an event `hybrid`, never `online`; streamed "with no audience on site" it is `online`. An `online` event is never placed: see [Online events](#online-events).',
  },
  {
    key: 'status',
    type: enumOf(STATUSES, 'held'),
    shown: quoted(STATUSES),
    doc: 'What the article says became of the event, as of its publication. See [Status](#status). Absent (datasets written before it existed): `held`.',
  },
  {
    key: 'participants',
    type: { kind: 'integer', min: 0, max: Number.MAX_SAFE_INTEGER },
    shown: 'integer or null',
    doc: 'Reported size ("more than 110 experts" → 110).',
  },
  {
    key: 'participants_text',
    type: { kind: 'text' },
    shown: 'string or null',
    doc: 'The phrase the size was read from.',
  },
  {
    key: 'organisers',
    type: { kind: 'texts' },
    shown: 'string[]',
    doc: 'Organisers and hosts named by the article(s).',
  },
  {
    key: 'sources',
    type: { kind: 'sources' },
    shown: 'object[]',
    doc: 'Every article that reports or mentions the event, sorted by `file`: `{ file, url, outlet, published, title }`. `file` is the path inside the input folder (`name.jsonl#3` for a record); `url`, `outlet`, `title` strings or null; `published` `YYYY-MM-DD` or null.',
  },
  {
    key: 'evidence',
    type: { kind: 'evidence' },
    shown: 'object',
    doc: '`{ date, place }`: the sentence that dates the event and the one that places it (strings or null). One text (the first published schema) reads as `date`.',
  },
] as const satisfies readonly FieldSpec[];

function placeFieldRow<K extends string>(key: K, doc: string) {
  return { key, ...placeText(doc) };
}

export type SchemaField = (typeof EVENT_SCHEMA)[number];
export type EventKey = SchemaField['key'];

export interface EventSource {
  /** File name of the article inside the input folder. */
  file: string;
  url: string | null;
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) of publication, when known. */
  published: string | null;
  title: string | null;
}

export interface EventEvidence {
  /** Sentence of the article that dates the event. */
  date: string | null;
  /** Sentence of the article that places the event. */
  place: string | null;
}

/** The value a field of this type holds. */
export type ValueOf<T extends FieldType> = T extends { kind: 'id' | 'name' }
  ? string
  : T extends { kind: 'text' | 'date' }
    ? string | null
    : T extends { kind: 'enum'; values: readonly (infer V)[]; fallback: infer F }
      ? V | ([F] extends [string] ? never : null)
      : T extends { kind: 'integer' }
        ? number | null
        : T extends { kind: 'number' }
          ? number
          : T extends { kind: 'texts' }
            ? string[]
            : T extends { kind: 'sources' }
              ? EventSource[]
              : EventEvidence;

/** Every field of an event, as the table above types it. */
export type SchemaProperties = { [F in SchemaField as F['key']]: ValueOf<F['type']> };

/** Every property, in the order the ingest writes them (and docs/data.md documents them). */
export const EVENT_KEYS: readonly EventKey[] = EVENT_SCHEMA.map((f) => f.key);
