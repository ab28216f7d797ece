// One interface for every format a dataset may come in: bytes are pushed as they arrive, records
// come out (read-record.ts makes events of them). The format is told by the first bytes, so a
// dropped file, a blob: URL and a server without a Content-Type all read alike.
import type { RawRecord } from '../read-record.ts';

export type DatasetFormat = 'geojson' | 'ndjson' | 'csv' | 'arrow' | 'parquet';

/** What a reader hands on: a record, or why an element of the file is not one. */
export type RecordSink = (record: RawRecord | { skip: string }) => void;

export interface FormatReader {
  push: (bytes: Uint8Array) => void;
  /** The file is complete: hands on what is left. */
  end: () => Promise<void>;
}

/** The file is not a dataset in this format at all (as opposed to having some bad records). */
export class InvalidDatasetError extends Error {
  override name = 'InvalidDatasetError';
}

const startsWith = (bytes: Uint8Array, text: string): boolean =>
  Array.from({ length: text.length }, (_, k) => k).every((k) => bytes[k] === text.charCodeAt(k));

/** The format of a file from its first bytes (at least 8 unless the file is shorter). */
export function sniffFormat(first: Uint8Array): DatasetFormat {
  if (startsWith(first, 'ARROW1')) return 'arrow';
  // An IPC stream starts with a message: the continuation marker, or an old-style length.
  if (first[0] === 0xff && first[1] === 0xff && first[2] === 0xff && first[3] === 0xff) {
    return 'arrow';
  }
  if (startsWith(first, 'PAR1')) return 'parquet';
  const text = new TextDecoder().decode(first.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start.startsWith('[')) return 'geojson';
  if (!start.startsWith('{')) return 'csv';
  const firstLine = start.split('\n', 1)[0] ?? '';
  // One object per line: its first line is a whole object, and not a collection.
  try {
    const value: unknown = JSON.parse(firstLine);
    const type = typeof value === 'object' && value !== null && 'type' in value && value.type;
    return type === 'FeatureCollection' || !start.includes('\n', firstLine.length)
      ? 'geojson'
      : 'ndjson';
  } catch {
    return 'geojson';
  }
}

/** A GeoJSON feature, or any plain object, as a record. */
export function featureRecord(value: unknown): RawRecord | { skip: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { skip: 'not an object' };
  }
  const f = value as Record<string, unknown>;
  if (f.type !== 'Feature') return { properties: f };
  const props = f.properties;
  const properties =
    typeof props === 'object' && props !== null && !Array.isArray(props)
      ? (props as Record<string, unknown>)
      : {};
  return { properties, geometry: f.geometry, featureId: f.id };
}

/** Text decoded as it streams in; a byte order mark at the start is dropped. */
export function textStream(push: (text: string) => void) {
  const decoder = new TextDecoder('utf-8');
  return {
    push: (bytes: Uint8Array) => {
      push(decoder.decode(bytes, { stream: true }));
    },
    end: () => {
      push(decoder.decode());
    },
  };
}

/** Bytes collected whole, for formats read at the end (their index is at the end, or no stream). */
export function collectBytes() {
  const parts: Uint8Array[] = [];
  let length = 0;
  return {
    get length() {
      return length;
    },
    push: (bytes: Uint8Array) => {
      parts.push(bytes);
      length += bytes.length;
    },
    whole: (): Uint8Array => {
      if (parts.length === 1) return parts[0] as Uint8Array;
      const out = new Uint8Array(length);
      let at = 0;
      for (const part of parts) {
        out.set(part, at);
        at += part.length;
      }
      parts.length = 0;
      parts.push(out);
      return out;
    },
  };
}
