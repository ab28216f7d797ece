// A batch of events encoded as columns: what the parsing worker sends the page (its typed arrays
// are transferred, not copied) and what the store is built from. Repeated strings travel once, as
// dictionary entries; the columns hold their ids. Each chunk carries the entries its events were
// the first to use, so the page's dictionaries are the encoder's, rebuilt in the same order.
import { EVENT_SCHEMA, type SchemaField } from './event-schema.ts';
import { joinPacked, type PackedTexts } from './packed-texts.ts';
import { joinColumns, type Column } from './typed-lists.ts';

type KeyOfKind<K extends string> = Extract<SchemaField, { type: { kind: K } }>['key'];
/** The schema's texts, dates and enums: kept as dictionary ids (0 in a column: null). */
export type TextKey = KeyOfKind<'text' | 'date' | 'enum'>;
/** The schema's numbers besides `year` (a column of its own): NaN for null. */
export type NumberKey = Exclude<KeyOfKind<'integer' | 'number'>, 'year'>;

const keysOfKind = (kinds: readonly string[]): string[] =>
  EVENT_SCHEMA.filter((f) => kinds.includes(f.type.kind)).map((f) => f.key);

/** The text columns in schema order; the two sentences of the evidence follow them. */
export const TEXT_KEYS = keysOfKind(['text', 'date', 'enum']) as readonly TextKey[];
export const evidenceDateSlot = TEXT_KEYS.length;
export const evidencePlaceSlot = TEXT_KEYS.length + 1;
export const textFieldCount = TEXT_KEYS.length + 2;
export const NUMBER_KEYS = keysOfKind(['integer', 'number']).filter(
  (k) => k !== 'year',
) as readonly NumberKey[];
export const numberFieldCount = NUMBER_KEYS.length;

/** Per source: outlet and publication date as dictionary ids. */
export const sourceIdCount = 2;
/** Per source: file and url, packed (nearly every one differs, and they are seldom read). */
export const sourceLinkCount = 2;

export interface EventChunk {
  size: number;
  /** New entries of the string dictionary (ids from 1; 0 is null). */
  newStrings: string[];
  /** New theme slugs (theme ids from 0). */
  newThemes: string[];
  /** New lower-cased search texts: names, place lines, organisers (part ids from 0). */
  newParts: string[];
  ids: string[];
  names: string[];
  /** 1 where the feature carried its own top-level id. */
  featureIds: Uint8Array;
  /** `textFieldCount` string ids per event. */
  fields: Uint32Array;
  /** `numberFieldCount` per event. */
  numbers: Float64Array;
  /** NaN when the event has no geometry. */
  lon: Float64Array;
  lat: Float64Array;
  /** 0 when undated. */
  year: Int16Array;
  /** Month (0-11) of the start date when known to month precision or better; -1 otherwise. */
  month: Int8Array;
  /** Part id of each event's name and of its place line (place … country joined by newlines). */
  nameId: Uint32Array;
  placeId: Uint32Array;
  /** Lists: each event's entries in a row, `…Count` per event. */
  themeCount: Uint32Array;
  themeIds: Uint32Array;
  organiserCount: Uint32Array;
  /** Organisers as string ids (as written) and as part ids (lower-cased, for the search). */
  organisers: Uint32Array;
  organiserParts: Uint32Array;
  sourceCount: Uint32Array;
  sourceIds: Uint32Array;
  sourceLinks: PackedTexts;
  /** One per source. */
  sourceTitles: (string | null)[];
  /** Each event's properties outside the schema as JSON, null when none. */
  extras: PackedTexts;
  /** Extra property names first seen in this chunk. */
  newExtraKeys: string[];
}

/** The chunk's typed arrays' buffers, to transfer with it (each array owns its buffer). */
export function chunkBuffers(chunk: EventChunk): ArrayBuffer[] {
  return [
    chunk.featureIds,
    chunk.fields,
    chunk.numbers,
    chunk.lon,
    chunk.lat,
    chunk.year,
    chunk.month,
    chunk.nameId,
    chunk.placeId,
    chunk.themeCount,
    chunk.themeIds,
    chunk.organiserCount,
    chunk.organisers,
    chunk.organiserParts,
    chunk.sourceCount,
    chunk.sourceIds,
    chunk.sourceLinks.ends,
    chunk.sourceLinks.nulls,
    chunk.extras.ends,
    chunk.extras.nulls,
  ].map((column) => column.buffer as ArrayBuffer);
}

/**
 * Consecutive chunks of one encoder as one: what the encoder would have made of their events in a
 * single call. The worker encodes a few features at a time, so that parsed features die young, and
 * sends the page fewer, larger messages.
 */
export function joinChunks(chunks: readonly EventChunk[]): EventChunk {
  const join = <T extends Column>(pick: (c: EventChunk) => T, make: (n: number) => T): T =>
    joinColumns(chunks.map(pick), make);
  const concat = <T>(pick: (c: EventChunk) => T[]): T[] => chunks.flatMap(pick);
  const u32 = (n: number) => new Uint32Array(n);
  const f64 = (n: number) => new Float64Array(n);
  return {
    size: chunks.reduce((sum, c) => sum + c.size, 0),
    newStrings: concat((c) => c.newStrings),
    newThemes: concat((c) => c.newThemes),
    newParts: concat((c) => c.newParts),
    ids: concat((c) => c.ids),
    names: concat((c) => c.names),
    featureIds: join(
      (c) => c.featureIds,
      (n) => new Uint8Array(n),
    ),
    fields: join((c) => c.fields, u32),
    numbers: join((c) => c.numbers, f64),
    lon: join((c) => c.lon, f64),
    lat: join((c) => c.lat, f64),
    year: join(
      (c) => c.year,
      (n) => new Int16Array(n),
    ),
    month: join(
      (c) => c.month,
      (n) => new Int8Array(n),
    ),
    nameId: join((c) => c.nameId, u32),
    placeId: join((c) => c.placeId, u32),
    themeCount: join((c) => c.themeCount, u32),
    themeIds: join((c) => c.themeIds, u32),
    organiserCount: join((c) => c.organiserCount, u32),
    organisers: join((c) => c.organisers, u32),
    organiserParts: join((c) => c.organiserParts, u32),
    sourceCount: join((c) => c.sourceCount, u32),
    sourceIds: join((c) => c.sourceIds, u32),
    sourceLinks: joinPacked(chunks.map((c) => c.sourceLinks)),
    sourceTitles: concat((c) => c.sourceTitles),
    extras: joinPacked(chunks.map((c) => c.extras)),
    newExtraKeys: concat((c) => c.newExtraKeys),
  };
}
