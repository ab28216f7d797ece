// Reads an Event Atlas columns file (columns-file.ts) as its bytes arrive and hands on each chunk
// as the parsing worker would have made it from the GeoJSON. Every chunk is checked before it is
// handed on (lengths, dictionary ids, coordinates, unique event ids), so a cut or damaged file
// stops with a message saying what is wrong rather than showing wrong events.
import { z } from 'zod';
import {
  bytesPer,
  chunkHeaderBytes,
  columnKinds,
  columnsMagic,
  columnsVersion,
  expectedLengths,
  expectedTextLengths,
  RecordKind,
  textLists,
  type ColumnsSummary,
  type TextList,
} from './columns-file.ts';
import { TextField, textFieldCount, type EventChunk } from './event-chunk.ts';
import { joinAscii } from './ascii-split-texts.ts';
import { packTexts } from './packed-texts.ts';
import type { Column } from './typed-lists.ts';

/** The bytes are not a readable columns file; the message says why. */
export class ColumnsFileError extends Error {
  override name = 'ColumnsFileError';
}

/** True when `bytes` (the file's first bytes, at least 7) start like a columns file. */
export function looksLikeColumnsFile(bytes: Uint8Array): boolean {
  for (let k = 0; k < columnsMagic.length - 1; k++) {
    if (bytes[k] !== columnsMagic[k]) return false;
  }
  return true;
}

const summarySchema = z.object({
  kept: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  problems: z.array(
    z.object({ index: z.number().int(), id: z.string().nullable(), reason: z.string() }),
  ),
});

const utf8 = new TextDecoder('utf-8', { fatal: true });

export class ColumnsFileReader {
  private readonly onChunk: (chunk: EventChunk) => void;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private startRead = false;
  private summary: ColumnsSummary | null = null;
  private records = 0;
  private events = 0;
  private strings = 0;
  private themes = 0;
  private parts = 0;
  private readonly ids = new Set<string>();

  constructor(onChunk: (chunk: EventChunk) => void) {
    this.onChunk = onChunk;
  }

  push(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    for (;;) {
      if (!this.startRead) {
        if (this.pendingBytes < columnsMagic.length) return;
        this.readStart(this.take(columnsMagic.length));
        continue;
      }
      if (this.pendingBytes < 8) return;
      const first = this.peek(8);
      const head = new DataView(first.buffer, first.byteOffset, 8);
      const kind = head.getUint32(0, true);
      const length = head.getUint32(4, true);
      if (this.pendingBytes < 8 + length) return;
      this.take(8);
      this.readRecord(kind, this.take(length));
    }
  }

  /** The file is complete: its summary, checked against the events read. */
  end(): ColumnsSummary {
    if (!this.startRead) throw new ColumnsFileError('it is shorter than its 8-byte header');
    if (this.summary !== null && this.pendingBytes > 0) {
      throw new ColumnsFileError(`${String(this.pendingBytes)} bytes follow its summary`);
    }
    if (this.summary === null) {
      const where =
        this.pendingBytes > 0
          ? `inside record ${String(this.records + 1)}`
          : `after record ${String(this.records)}`;
      throw new ColumnsFileError(`it ends ${where}, without its summary: the file is cut short`);
    }
    return this.summary;
  }

  private readStart(bytes: Uint8Array): void {
    if (!looksLikeColumnsFile(bytes)) {
      throw new ColumnsFileError('it does not start with the Event Atlas columns header');
    }
    const version = bytes[columnsMagic.length - 1];
    if (version !== columnsVersion) {
      throw new ColumnsFileError(
        `it is written in version ${String(version)} of the format; this dashboard reads version ${String(columnsVersion)}`,
      );
    }
    this.startRead = true;
  }

  private readRecord(kind: number, bytes: Uint8Array): void {
    this.records++;
    const where = `record ${String(this.records)}`;
    if (this.summary !== null) throw new ColumnsFileError(`${where} follows the summary`);
    if (kind === RecordKind.Chunk) this.readChunk(bytes, where);
    else if (kind === RecordKind.Summary) this.readSummary(bytes, where);
    else throw new ColumnsFileError(`${where} is of unknown kind ${String(kind)}`);
  }

  private readSummary(bytes: Uint8Array, where: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(utf8.decode(bytes));
    } catch {
      throw new ColumnsFileError(`${where}, the summary, is not JSON`);
    }
    const summary = summarySchema.safeParse(parsed);
    if (!summary.success) throw new ColumnsFileError(`${where}, the summary, lacks its totals`);
    if (summary.data.kept !== this.events) {
      throw new ColumnsFileError(
        `its summary counts ${String(summary.data.kept)} events but it holds ${String(this.events)}`,
      );
    }
    this.summary = summary.data;
  }

  private readChunk(bytes: Uint8Array, where: string): void {
    const fail = (problem: string): never => {
      throw new ColumnsFileError(`${where}: ${problem}`);
    };
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.length < chunkHeaderBytes) fail('too short for its header');
    let head = 0;
    const header = (): number => {
      const n = view.getUint32(head, true);
      head += 4;
      return n;
    };
    const size = header();
    const textBytes = textLists.map(() => [header(), header()] as const);
    let at = chunkHeaderBytes;
    const arrays = new Map<string, Column>();
    for (const [name, kind] of columnKinds) {
      const byteLength = header() * bytesPer[kind];
      if (at + byteLength > bytes.length) fail(`${name} runs past the record's end`);
      // A copy: each column owns its buffer, to be transferred on its own.
      arrays.set(name, makeArray(kind, new Uint8Array(bytes.subarray(at, at + byteLength)).buffer));
      at += byteLength;
    }
    const decoded: [string, string][] = [];
    for (const [ascii, other] of textBytes) {
      if (at + ascii + other > bytes.length) fail("its texts run past the record's end");
      try {
        decoded.push([
          utf8.decode(bytes.subarray(at, at + ascii)),
          utf8.decode(bytes.subarray(at + ascii, at + ascii + other)),
        ]);
      } catch {
        fail('its text is not UTF-8');
      }
      at += ascii + other;
    }
    if (at !== bytes.length) fail('its texts do not end where the record does');
    const column = new RecordColumns(arrays);
    const counts = {
      themes: sum(column.u32('themeCount')),
      organisers: sum(column.u32('organiserCount')),
      sources: sum(column.u32('sourceCount')),
    };
    for (const [name, length] of Object.entries(expectedLengths(size, counts))) {
      const actual = column.get(name).length;
      if (actual !== length) {
        fail(
          `${name} has ${String(actual)} entries where ${String(size)} events need ${String(length)}`,
        );
      }
    }
    const texts = listEntries(decoded, column, fail);
    for (const [list, length] of Object.entries(expectedTextLengths(size, counts.sources))) {
      const actual = texts[list as TextList].length;
      if (actual !== length) {
        fail(
          `${list} has ${String(actual)} entries where ${String(size)} events need ${String(length)}`,
        );
      }
    }
    const chunk: EventChunk = {
      size,
      newStrings: present(texts.newStrings, fail, 'newStrings'),
      newThemes: present(texts.newThemes, fail, 'newThemes'),
      newParts: present(texts.newParts, fail, 'newParts'),
      ids: present(texts.ids, fail, 'ids'),
      names: present(texts.names, fail, 'names'),
      featureIds: column.u8('featureIds'),
      fields: column.u32('fields'),
      numbers: column.f64('numbers'),
      lon: column.f64('lon'),
      lat: column.f64('lat'),
      year: column.i16('year'),
      month: column.i8('month'),
      nameId: column.u32('nameId'),
      placeId: column.u32('placeId'),
      themeCount: column.u32('themeCount'),
      themeIds: column.u32('themeIds'),
      organiserCount: column.u32('organiserCount'),
      organisers: column.u32('organisers'),
      organiserParts: column.u32('organiserParts'),
      sourceCount: column.u32('sourceCount'),
      sourceIds: column.u32('sourceIds'),
      sourceLinks: packTexts(texts.sourceLinks),
      sourceTitles: texts.sourceTitles,
    };
    this.strings += chunk.newStrings.length;
    this.themes += chunk.newThemes.length;
    this.parts += chunk.newParts.length;
    this.check(chunk, fail);
    this.events += size;
    this.onChunk(chunk);
  }

  /** Ids within the dictionaries so far, coordinates on the globe, event ids new and not empty. */
  private check(chunk: EventChunk, fail: (problem: string) => never): void {
    const within = (name: string, ids: Uint32Array, limit: number) => {
      for (const id of ids) {
        if (id > limit) fail(`${name} refers to entry ${String(id)} of ${String(limit)}`);
      }
    };
    within('fields', chunk.fields, this.strings);
    within('organisers', chunk.organisers, this.strings);
    within('sourceIds', chunk.sourceIds, this.strings);
    // Theme and part ids count from 0.
    within('themeIds', chunk.themeIds, this.themes - 1);
    within('nameId', chunk.nameId, this.parts - 1);
    within('placeId', chunk.placeId, this.parts - 1);
    within('organiserParts', chunk.organiserParts, this.parts - 1);
    for (let i = 0; i < chunk.size; i++) {
      const lon = chunk.lon[i] as number;
      const lat = chunk.lat[i] as number;
      const placed = !Number.isNaN(lon) || !Number.isNaN(lat);
      if (placed && !(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
        fail(
          `event ${String(this.events + i + 1)} has coordinates off the globe (${String(lon)}, ${String(lat)})`,
        );
      }
      const year = chunk.year[i] as number;
      const month = chunk.month[i] as number;
      if (year < 0 || year > 9999 || month < -1 || month > 11) {
        fail(
          `event ${String(this.events + i + 1)} has an impossible date (${String(year)}, month ${String(month)})`,
        );
      }
      if (chunk.fields[i * textFieldCount + TextField.Role] === 0) {
        fail(`event ${String(this.events + i + 1)} has no role`);
      }
      if (chunk.fields[i * textFieldCount + TextField.Status] === 0) {
        fail(`event ${String(this.events + i + 1)} has no status`);
      }
      const id = chunk.ids[i] as string;
      if (id === '') fail(`event ${String(this.events + i + 1)} has an empty id`);
      if (this.ids.has(id)) fail(`event id "${id}" comes twice`);
      this.ids.add(id);
    }
  }

  private peek(length: number): Uint8Array {
    const first = this.pending[0] as Uint8Array;
    if (first.length >= length) return first.subarray(0, length);
    const out = new Uint8Array(length);
    let at = 0;
    for (const piece of this.pending) {
      const n = Math.min(piece.length, length - at);
      out.set(piece.subarray(0, n), at);
      at += n;
      if (at === length) break;
    }
    return out;
  }

  /** The next `length` bytes, removed from the pending ones. */
  private take(length: number): Uint8Array {
    const first = this.pending[0] as Uint8Array;
    let out: Uint8Array;
    if (first.length >= length) {
      out = first.subarray(0, length);
      if (first.length === length) this.pending.shift();
      else this.pending[0] = first.subarray(length);
    } else {
      out = new Uint8Array(length);
      let at = 0;
      while (at < length) {
        const piece = this.pending[0] as Uint8Array;
        const n = Math.min(piece.length, length - at);
        out.set(piece.subarray(0, n), at);
        at += n;
        if (n === piece.length) this.pending.shift();
        else this.pending[0] = piece.subarray(n);
      }
    }
    this.pendingBytes -= length;
    return out;
  }
}

/** A record's columns by name, each of the kind `columnKinds` gives it. */
class RecordColumns {
  private readonly arrays: ReadonlyMap<string, Column>;

  constructor(arrays: ReadonlyMap<string, Column>) {
    this.arrays = arrays;
  }

  get(name: string): Column {
    const array = this.arrays.get(name);
    if (array === undefined) throw new Error(`no column ${name}`);
    return array;
  }

  u8(name: string): Uint8Array {
    return this.of(name, Uint8Array);
  }

  i8(name: string): Int8Array {
    return this.of(name, Int8Array);
  }

  i16(name: string): Int16Array {
    return this.of(name, Int16Array);
  }

  u32(name: string): Uint32Array {
    return this.of(name, Uint32Array);
  }

  f64(name: string): Float64Array {
    return this.of(name, Float64Array);
  }

  private of<T extends Column>(name: string, kind: new (length: number) => T): T {
    const array = this.get(name);
    if (!(array instanceof kind)) throw new Error(`column ${name} is not a ${kind.name}`);
    return array;
  }
}

function makeArray(kind: keyof typeof bytesPer, buffer: ArrayBuffer): Column {
  if (kind === 'u8') return new Uint8Array(buffer);
  if (kind === 'i8') return new Int8Array(buffer);
  if (kind === 'i16') return new Int16Array(buffer);
  if (kind === 'u32') return new Uint32Array(buffer);
  return new Float64Array(buffer);
}

function sum(counts: Uint32Array): number {
  let total = 0;
  for (const n of counts) total += n;
  return total;
}

/** Each string list's entries, from its two decoded texts and its lengths and kinds. */
function listEntries(
  decoded: readonly (readonly [string, string])[],
  column: RecordColumns,
  fail: (problem: string) => never,
): Record<TextList, (string | null)[]> {
  const out = {} as Record<TextList, (string | null)[]>;
  textLists.forEach((list, k) => {
    const [ascii, other] = decoded[k] as readonly [string, string];
    const entries = joinAscii({
      ascii,
      other,
      lengths: column.u32(`${list}.lengths`),
      kinds: column.u8(`${list}.kinds`),
    });
    if (entries === null) fail(`${list}'s lengths and kinds do not fit its texts`);
    out[list] = entries;
  });
  return out;
}

function present(
  values: (string | null)[],
  fail: (problem: string) => never,
  list: string,
): string[] {
  if (values.includes(null)) fail(`${list} has a null entry`);
  return values as string[];
}
