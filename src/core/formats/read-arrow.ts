// Apache Arrow IPC, file or stream (what DuckDB, pandas, polars and `npm run pack` write): one
// record per row; lists arrive as arrays, structs as objects, dictionaries as their values,
// timestamps and dates as Dates (so they read as dates whatever the column is called).
import { tableFromIPC } from '@uwdata/flechette';
import { collectBytes, type FormatReader, type RecordSink } from './format-reader.ts';

export function arrowReader(emit: RecordSink): FormatReader {
  const bytes = collectBytes();
  return {
    push: bytes.push,
    end: () => {
      const table = tableFromIPC(bytes.whole(), { useDate: true });
      // Row by row: each row object dies once read, where toArray() held a million at once.
      for (const row of table) emit({ properties: row });
      return Promise.resolve();
    },
  };
}
