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
  return Object.values(chunk).flatMap((v: unknown) => {
    if (ArrayBuffer.isView(v)) return [v.buffer as ArrayBuffer];
    if (isPacked(v)) return [v.ends.buffer as ArrayBuffer, v.nulls.buffer as ArrayBuffer];
    return [];
  });
}

/**
 * Consecutive chunks of one encoder as one: what the encoder would have made of their events in a
 * single call (sizes added, lists and typed columns end to end). The worker encodes a few
 * features at a time, so that parsed features die young, and sends the page fewer, larger
 * messages.
 */
export function joinChunks(chunks: readonly EventChunk[]): EventChunk {
  const first = chunks[0] as EventChunk;
  const joined: Record<string, unknown> = {};
  for (const key of Object.keys(first) as (keyof EventChunk)[]) {
    const parts: unknown[] = chunks.map((c) => c[key]);
    const sample = first[key];
    if (typeof sample === 'number') joined[key] = chunks.reduce((n, c) => n + c.size, 0);
    else if (Array.isArray(sample)) joined[key] = parts.flat();
    else if (isPacked(sample)) joined[key] = joinPacked(parts as PackedTexts[]);
    else {
      const make = sample.constructor as new (length: number) => Column;
      joined[key] = joinColumns(parts as Column[], (n) => new make(n));
    }
  }
  return joined as unknown as EventChunk;
}

function isPacked(v: unknown): v is PackedTexts {
  return typeof v === 'object' && v !== null && 'ends' in v && 'nulls' in v;
}
