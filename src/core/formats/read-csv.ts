// CSV and TSV (papaparse finds the delimiter): one record per row, keyed by the header.
import Papa from 'papaparse';
import {
  InvalidDatasetError,
  textStream,
  type FormatReader,
  type RecordSink,
} from './format-reader.ts';

export function csvReader(emit: RecordSink): FormatReader {
  const parts: string[] = [];
  const text = textStream((t) => parts.push(t));
  return {
    push: text.push,
    end: () => {
      text.end();
      const parsed = Papa.parse<Record<string, string>>(parts.join(''), {
        header: true,
        skipEmptyLines: 'greedy',
        transformHeader: (h) => h.trim(),
      });
      const fields = parsed.meta.fields ?? [];
      if (fields.length < 2) {
        throw new InvalidDatasetError(
          'Not a table: expected GeoJSON, CSV or TSV with a header row, Arrow or Parquet.',
        );
      }
      for (const row of parsed.data) emit({ properties: row });
      return Promise.resolve();
    },
  };
}
