// Bytes of any dataset in, events out: tells the format by the first bytes, reads records with
// that format's reader, guesses the field mapping from the first records (or takes the user's),
// and hands on events in batches. The parsing worker and the in-page fallback both run this.
import { detectMapping, type FieldMapping } from './field-mapping.ts';
import type { EventFeature } from './event.ts';
import {
  collectBytes,
  sniffFormat,
  type DatasetFormat,
  type FormatReader,
  type RecordSink,
} from './formats/format-reader.ts';
import { arrowReader } from './formats/read-arrow.ts';
import { csvReader } from './formats/read-csv.ts';
import { geojsonReader } from './formats/read-geojson.ts';
import { ndjsonReader } from './formats/read-ndjson.ts';
import { parquetReader } from './formats/read-parquet.ts';
import { RecordReader, type RawRecord, type ReadNotes } from './read-record.ts';

/** What reading a dataset did, for the one-line summary and its details. */
export interface LoadSummary {
  format: DatasetFormat;
  /** Elements of the file: features, lines or rows. */
  read: number;
  loaded: number;
  /** Elements that were no record at all (not an object, a line that is not JSON). */
  skipped: string[];
  skippedCount: number;
  notes: ReadNotes;
  /** The mapping used, guessed or given. */
  mapping: Required<FieldMapping>;
  /** Every column of the records (for the mapping dialog). */
  columns: string[];
}

const readers: Record<DatasetFormat, (emit: RecordSink) => FormatReader> = {
  geojson: geojsonReader,
  ndjson: ndjsonReader,
  csv: csvReader,
  arrow: arrowReader,
  parquet: parquetReader,
};

/** Records the mapping is guessed from. */
const sampleSize = 200;
/** Reasons kept for elements that were no record. */
const maxReasons = 20;

export interface DatasetLoader {
  push: (bytes: Uint8Array) => void;
  end: () => Promise<LoadSummary>;
}

export function createDatasetLoader(
  onEvents: (events: EventFeature[]) => void,
  options: { mapping?: FieldMapping; batchSize?: number } = {},
): DatasetLoader {
  const { mapping: given = {}, batchSize = 100 } = options;
  let format: DatasetFormat | null = null;
  let reader: FormatReader | null = null;
  const head = collectBytes();
  const sample: RawRecord[] = [];
  const columns = new Set<string>();
  let records: RecordReader | null = null;
  let batch: EventFeature[] = [];
  let read = 0;
  let skippedCount = 0;
  const skipped: string[] = [];

  const flush = (): void => {
    if (batch.length === 0) return;
    onEvents(batch);
    batch = [];
  };
  const take = (raw: RawRecord, into: RecordReader): void => {
    batch.push(into.read(raw));
    if (batch.length >= batchSize) flush();
  };
  const start = (): RecordReader => {
    const made = new RecordReader(
      detectMapping(
        sample.map((r) => r.properties),
        given,
      ),
    );
    for (const raw of sample) take(raw, made);
    sample.length = 0;
    return made;
  };
  const emit: RecordSink = (record) => {
    read++;
    if ('skip' in record) {
      skippedCount++;
      if (skipped.length < maxReasons)
        skipped.push(`${label(format)} ${String(read)}: ${record.skip}`);
      return;
    }
    if (records !== null) {
      take(record, records);
      return;
    }
    if (columns.size < 1000) for (const key in record.properties) columns.add(key);
    sample.push(record);
    if (sample.length >= sampleSize) records = start();
  };
  const open = (bytes: Uint8Array): FormatReader => {
    format = sniffFormat(bytes);
    return readers[format](emit);
  };
  return {
    push: (bytes) => {
      if (reader !== null) {
        reader.push(bytes);
        return;
      }
      head.push(bytes);
      if (head.length < 4096) return;
      const first = head.whole();
      reader = open(first);
      reader.push(first);
    },
    end: async () => {
      if (reader === null) {
        const whole = head.whole();
        reader = open(whole);
        reader.push(whole);
      }
      await reader.end();
      records ??= start();
      flush();
      return {
        format: format ?? 'geojson',
        read,
        loaded: read - skippedCount,
        skipped,
        skippedCount,
        notes: records.notes,
        mapping: records.mapping,
        columns: [...columns],
      };
    },
  };
}

function label(format: DatasetFormat | null): string {
  return format === 'ndjson' ? 'Line' : format === 'csv' ? 'Row' : 'Feature';
}
