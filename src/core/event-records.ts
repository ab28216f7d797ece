// Every field of every event, held as columns instead of one object per event. At a million events
// the objects themselves (feature, geometry, properties, arrays, sources) and a fresh copy of every
// repeated string (places, dates, precisions, organisers, outlets, evidence) took most of the
// page's memory. Here each distinct repeated string is kept once and referenced by number
// (event-chunk.ts), and an event becomes an object again only when a view asks for it (`event(i)`).
import {
  evidenceDateSlot,
  evidencePlaceSlot,
  NUMBER_KEYS,
  numberFieldCount,
  sourceIdCount,
  sourceLinkCount,
  TEXT_KEYS,
  textFieldCount,
} from './event-chunk.ts';
import { EVENT_KEYS, EVENT_SCHEMA, type EventKey } from './event-schema.ts';
import type { EventFeature, EventProperties, EventSource, ExtraValue } from './event.ts';
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
  const number = (slot: number, fallback: number | null) => (i: number) => {
    const n = numbers[i * numberFieldCount + slot] as number;
    return Number.isNaN(n) ? fallback : n;
  };
  const textAt = (slot: number) => (i: number) => text(fields[i * textFieldCount + slot] as number);
  // One reader per field of the schema, the texts and numbers from their columns.
  const readers = {
    ...Object.fromEntries(TEXT_KEYS.map((key, slot) => [key, textAt(slot)])),
    ...Object.fromEntries(
      NUMBER_KEYS.map((key, slot) => {
        const type = EVENT_SCHEMA.find((f) => f.key === key)?.type;
        return [key, number(slot, type?.kind === 'number' ? type.fallback : null)];
      }),
    ),
    id: (i: number) => ids[i],
    name: (i: number) => names[i],
    year: (i: number) => (year[i] === 0 ? null : year[i]),
    themes: (i: number) => list(themes, themeIds, themeStart, i),
    organisers: (i: number) => list(strings, organisers, organiserStart, i),
    sources,
    evidence: (i: number) => ({
      date: textAt(evidenceDateSlot)(i),
      place: textAt(evidencePlaceSlot)(i),
    }),
  } as Record<EventKey, (i: number) => unknown>;
  const event = (i: number): EventFeature => {
    // In the order the ingest writes them (the schema's).
    const properties = {} as Record<EventKey, unknown>;
    for (const key of EVENT_KEYS) properties[key] = readers[key](i);
    const x = lon[i] as number;
    const geometry: EventFeature['geometry'] = Number.isNaN(x)
      ? null
      : { type: 'Point', coordinates: [x, lat[i] as number] };
    const p = properties as EventProperties;
    const feature: EventFeature =
      featureIds[i] === 1
        ? { type: 'Feature', id: p.id, geometry, properties: p }
        : { type: 'Feature', geometry, properties: p };
    const extra = extras.get(i);
    if (extra !== null) feature.extra = JSON.parse(extra) as Record<string, ExtraValue>;
    return feature;
  };
  // Each key's column holds that key's values, so the value has the key's type.
  const read = <K extends ScalarKey>(i: number, key: K): EventProperties[K] =>
    readers[key](i) as EventProperties[K];
  return {
    size: ids.length,
    event,
    id: (i) => ids[i] as string,
    read,
    themes: (i) => list(themes, themeIds, themeStart, i),
  };
}
