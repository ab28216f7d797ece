// Every field of every event, held as columns instead of one object per event. At a million events
// the objects themselves (feature, geometry, properties, arrays, sources) and a fresh copy of every
// repeated string (places, dates, precisions, organisers, outlets, evidence) took most of the
// page's memory. Here each distinct repeated string is kept once and referenced by number
// (event-chunk.ts), and an event becomes an object again only when a view asks for it (`event(i)`).
import {
  NumberField,
  numberFieldCount,
  sourceIdCount,
  sourceLinkCount,
  TextField,
  textFieldCount,
} from './event-chunk.ts';
import type {
  DatePrecision,
  EventFeature,
  EventFormat,
  EventProperties,
  EventRole,
  EventStatus,
  EventSource,
  ExtraValue,
  LocationPrecision,
} from './event.ts';
import type { PackedTextList } from './packed-texts.ts';

export interface EventRecords {
  size: number;
  /** Event i as a feature: a new object on every call, equal to the one that was added. */
  event: (i: number) => EventFeature;
  /** The id of event i, without making the whole event. */
  id: (i: number) => string;
  /** One field of event i without making the whole event (views sorting every event use it). */
  read: <K extends ScalarKey>(i: number, key: K) => EventProperties[K];
  /** The theme slugs of event i, in the event's order. */
  themes: (i: number) => string[];
}

export type ScalarKey = Exclude<
  keyof EventProperties,
  'themes' | 'organisers' | 'sources' | 'evidence'
>;

const fieldSlot: Record<
  Exclude<ScalarKey, 'id' | 'name' | 'year' | 'confidence' | 'participants'>,
  number
> = {
  role: TextField.Role,
  start: TextField.Start,
  end: TextField.End,
  date_precision: TextField.DatePrecision,
  place: TextField.Place,
  venue: TextField.Venue,
  town: TextField.Town,
  district: TextField.District,
  city: TextField.City,
  province: TextField.Province,
  country: TextField.Country,
  location_precision: TextField.LocationPrecision,
  geocoder: TextField.Geocoder,
  format: TextField.Format,
  status: TextField.Status,
  participants_text: TextField.ParticipantsText,
};

const numberSlot = {
  confidence: NumberField.Confidence,
  participants: NumberField.Participants,
} as const;

/** The columns of every event, chunks joined (event-store.ts); lists as `…Start` offsets. */
export interface RecordColumns {
  /** The string dictionary; entry 0 is null. */
  strings: readonly (string | null)[];
  /** The theme dictionary. */
  themes: readonly string[];
  ids: readonly string[];
  names: readonly string[];
  featureIds: Uint8Array;
  fields: Uint32Array;
  numbers: Float64Array;
  lon: Float64Array;
  lat: Float64Array;
  year: Int16Array;
  themeIds: Uint32Array;
  themeStart: Uint32Array;
  organisers: Uint32Array;
  organiserStart: Uint32Array;
  sourceIds: Uint32Array;
  sourceStart: Uint32Array;
  /** `sourceLinkCount` per source: file, url. */
  sourceLinks: Pick<PackedTextList, 'get'>;
  sourceTitles: readonly (string | null)[];
  /** Each event's extra properties as JSON (null: none). */
  extras: Pick<PackedTextList, 'get'>;
}

export function createEventRecords(columns: RecordColumns): EventRecords {
  const { strings, themes, ids, names, featureIds, fields, numbers, lon, lat, year } = columns;
  const { themeIds, themeStart, organisers, organiserStart } = columns;
  const { sourceIds, sourceStart, sourceLinks, sourceTitles, extras } = columns;
  const text = (id: number): string | null => strings[id] ?? null;
  const list = (
    dictionary: readonly (string | null)[],
    entries: Uint32Array,
    start: Uint32Array,
    i: number,
  ): string[] => {
    const out: string[] = [];
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
      out.push(dictionary[entries[k] as number] as string);
    }
    return out;
  };
  const sources = (i: number): EventSource[] => {
    const out: EventSource[] = [];
    for (let k = sourceStart[i] as number; k < (sourceStart[i + 1] as number); k++) {
      out.push({
        file: sourceLinks.get(k * sourceLinkCount) as string,
        url: sourceLinks.get(k * sourceLinkCount + 1),
        outlet: text(sourceIds[k * sourceIdCount] as number),
        published: text(sourceIds[k * sourceIdCount + 1] as number),
        title: sourceTitles[k] ?? null,
      });
    }
    return out;
  };
  const event = (i: number): EventFeature => {
    const at = i * textFieldCount;
    const field = (k: number): string | null => strings[fields[at + k] as number] ?? null;
    const number = (k: number): number | null => {
      const n = numbers[i * numberFieldCount + k] as number;
      return Number.isNaN(n) ? null : n;
    };
    const x = lon[i] as number;
    const y = lat[i] as number;
    const id = ids[i] as string;
    // In the order the ingest writes them (EVENT_PROPERTY_KEYS).
    const properties: EventProperties = {
      id,
      name: names[i] as string,
      role: field(TextField.Role) as EventRole,
      start: field(TextField.Start),
      end: field(TextField.End),
      date_precision: field(TextField.DatePrecision) as DatePrecision,
      year: year[i] === 0 ? null : (year[i] as number),
      themes: list(themes, themeIds, themeStart, i),
      place: field(TextField.Place),
      venue: field(TextField.Venue),
      town: field(TextField.Town),
      district: field(TextField.District),
      city: field(TextField.City),
      province: field(TextField.Province),
      country: field(TextField.Country),
      location_precision: field(TextField.LocationPrecision) as LocationPrecision,
      geocoder: field(TextField.Geocoder),
      confidence: number(NumberField.Confidence) ?? 0,
      format: field(TextField.Format) as EventFormat | null,
      status: field(TextField.Status) as EventStatus,
      participants: number(NumberField.Participants),
      participants_text: field(TextField.ParticipantsText),
      organisers: list(strings, organisers, organiserStart, i),
      sources: sources(i),
      evidence: { date: field(TextField.EvidenceDate), place: field(TextField.EvidencePlace) },
    };
    const geometry: EventFeature['geometry'] = Number.isNaN(x)
      ? null
      : { type: 'Point', coordinates: [x, y] };
    const feature: EventFeature =
      featureIds[i] === 1
        ? { type: 'Feature', id, geometry, properties }
        : { type: 'Feature', geometry, properties };
    const extra = extras.get(i);
    if (extra !== null) feature.extra = JSON.parse(extra) as Record<string, ExtraValue>;
    return feature;
  };
  const readValue = (i: number, key: ScalarKey): string | number | null => {
    if (key === 'id') return ids[i] as string;
    if (key === 'name') return names[i] as string;
    if (key === 'year') return year[i] === 0 ? null : (year[i] as number);
    if (key === 'confidence' || key === 'participants') {
      const n = numbers[i * numberFieldCount + numberSlot[key]] as number;
      return Number.isNaN(n) ? null : n;
    }
    return strings[fields[i * textFieldCount + fieldSlot[key]] as number] ?? null;
  };
  // Each key's column holds that key's values, so the value has the key's type.
  const read = <K extends ScalarKey>(i: number, key: K): EventProperties[K] =>
    readValue(i, key) as EventProperties[K];
  return {
    size: ids.length,
    event,
    id: (i) => ids[i] as string,
    read,
    themes: (i) => list(themes, themeIds, themeStart, i),
  };
}
