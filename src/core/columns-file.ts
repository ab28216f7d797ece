// Event Atlas columns (`.eatlas`): a dataset as the column chunks the parsing worker makes of it
// (event-chunk.ts), written to a file once so that loading it reads no JSON and looks no string
// up. `npm run pack-columns` writes one from a GeoJSON dataset; the dashboard tells the two apart
// by the first bytes, not the name.
//
// Layout (numbers little-endian): the 8 bytes of `columnsMagic`, then records, each a u32 kind,
// a u32 byte length and that many bytes. Chunk records come in the encoder's order (later chunks
// refer to the dictionary entries of earlier ones); one summary record, JSON, ends the file.
// A chunk record: u32 events; per string list of `textLists`, the UTF-8 bytes of its ASCII and
// of its other entries (ascii-split-texts.ts), two u32; one u32 length per column of
// `columnKinds`; the columns' bytes in that order; then each list's two texts in turn.
import {
  numberFieldCount,
  sourceIdCount,
  sourceLinkCount,
  textFieldCount,
  type EventChunk,
} from './event-chunk.ts';
import { splitAscii, type AsciiSplitTexts } from './ascii-split-texts.ts';
import { packedEntries } from './packed-texts.ts';
import type { SkippedFeature } from './read-events.ts';

/** 3: events carry a status (a text field after the evidence). */
export const columnsVersion = 3;
/** "EVATLAS" and the format's version. */
export const columnsMagic = Uint8Array.of(0x45, 0x56, 0x41, 0x54, 0x4c, 0x41, 0x53, columnsVersion);

export const RecordKind = { Chunk: 1, Summary: 2 } as const;

/** What reading the source dataset found: the same totals a GeoJSON load reports. */
export interface ColumnsSummary {
  kept: number;
  skipped: number;
  problems: SkippedFeature[];
}

type ArrayKind = 'u8' | 'i8' | 'i16' | 'u32' | 'f64';

export const bytesPer: Record<ArrayKind, number> = { u8: 1, i8: 1, i16: 2, u32: 4, f64: 8 };

/** The string lists of a chunk, in the order their texts follow the columns. */
export const textLists = [
  'sourceLinks',
  'newStrings',
  'newThemes',
  'newParts',
  'ids',
  'names',
  'sourceTitles',
] as const;
export type TextList = (typeof textLists)[number];

type NumberColumn = Exclude<keyof EventChunk, 'size' | TextList>;

/** Every typed array of a record, in file order: the chunk's own columns, then each string list's lengths and kinds. */
export const columnKinds: readonly (readonly [
  NumberColumn | `${TextList}.${'lengths' | 'kinds'}`,
  ArrayKind,
])[] = [
  ['featureIds', 'u8'],
  ['fields', 'u32'],
  ['numbers', 'f64'],
  ['lon', 'f64'],
  ['lat', 'f64'],
  ['year', 'i16'],
  ['month', 'i8'],
  ['nameId', 'u32'],
  ['placeId', 'u32'],
  ['themeCount', 'u32'],
  ['themeIds', 'u32'],
  ['organiserCount', 'u32'],
  ['organisers', 'u32'],
  ['organiserParts', 'u32'],
  ['sourceCount', 'u32'],
  ['sourceIds', 'u32'],
  ...textLists.flatMap((list) => [
    [`${list}.lengths`, 'u32'] as const,
    [`${list}.kinds`, 'u8'] as const,
  ]),
];

/** The chunk's string lists, each split into its ASCII and other entries. */
export function chunkTexts(chunk: EventChunk): Record<TextList, AsciiSplitTexts> {
  return {
    sourceLinks: splitAscii(packedEntries(chunk.sourceLinks)),
    newStrings: splitAscii(chunk.newStrings),
    newThemes: splitAscii(chunk.newThemes),
    newParts: splitAscii(chunk.newParts),
    ids: splitAscii(chunk.ids),
    names: splitAscii(chunk.names),
    sourceTitles: splitAscii(chunk.sourceTitles),
  };
}

/** How many entries each column of a chunk of `size` events with these list counts must have. */
export function expectedLengths(
  size: number,
  counts: { themes: number; organisers: number; sources: number },
): Partial<Record<NumberColumn, number>> {
  return {
    featureIds: size,
    fields: size * textFieldCount,
    numbers: size * numberFieldCount,
    lon: size,
    lat: size,
    year: size,
    month: size,
    nameId: size,
    placeId: size,
    themeCount: size,
    themeIds: counts.themes,
    organiserCount: size,
    organisers: counts.organisers,
    organiserParts: counts.organisers,
    sourceCount: size,
    sourceIds: counts.sources * sourceIdCount,
  };
}

/** Entries each string list of a chunk must have (the dictionaries' new entries are free). */
export function expectedTextLengths(
  size: number,
  sources: number,
): Partial<Record<TextList, number>> {
  return { ids: size, names: size, sourceTitles: sources, sourceLinks: sources * sourceLinkCount };
}

const utf8 = new TextEncoder();

/** Bytes of the record header: the event count, two text sizes per list, a length per column. */
export const chunkHeaderBytes = 4 * (1 + 2 * textLists.length + columnKinds.length);

/** One chunk as a record. */
export function columnsChunkRecord(chunk: EventChunk): Uint8Array {
  const texts = chunkTexts(chunk);
  // A lone surrogate cannot be written as UTF-8: TextEncoder writes U+FFFD for it, which has the
  // same UTF-16 length, so every entry's length stays right.
  const encoded = textLists.flatMap((list) => [
    utf8.encode(texts[list].ascii),
    utf8.encode(texts[list].other),
  ]);
  const arrays = columnKinds.map(([name]) => {
    const [list, part] = name.split('.') as [string, 'lengths' | 'kinds' | undefined];
    return part === undefined ? chunk[name as NumberColumn] : texts[list as TextList][part];
  });
  const payload =
    chunkHeaderBytes +
    arrays.reduce((sum, a) => sum + a.byteLength, 0) +
    encoded.reduce((sum, t) => sum + t.length, 0);
  const out = new Uint8Array(8 + payload);
  const view = new DataView(out.buffer);
  view.setUint32(0, RecordKind.Chunk, true);
  view.setUint32(4, payload, true);
  let head = 8;
  const header = (n: number) => {
    view.setUint32(head, n, true);
    head += 4;
  };
  header(chunk.size);
  for (const text of encoded) header(text.length);
  let at = 8 + chunkHeaderBytes;
  arrays.forEach((array, k) => {
    header(array.byteLength / bytesPer[(columnKinds[k] as readonly [string, ArrayKind])[1]]);
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += array.byteLength;
  });
  for (const text of encoded) {
    out.set(text, at);
    at += text.length;
  }
  return out;
}

/** The summary record that ends the file. */
export function columnsSummaryRecord(summary: ColumnsSummary): Uint8Array {
  const json = utf8.encode(JSON.stringify(summary));
  const out = new Uint8Array(8 + json.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, RecordKind.Summary, true);
  view.setUint32(4, json.length, true);
  out.set(json, 8);
  return out;
}

/** A whole file's bytes at once: the header, a record per chunk, the summary. */
export function columnsFileBytes(
  chunks: readonly EventChunk[],
  summary: ColumnsSummary,
): Uint8Array {
  const parts = [columnsMagic, ...chunks.map(columnsChunkRecord), columnsSummaryRecord(summary)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
