// Parquet and GeoParquet (geometry columns arrive as GeoJSON). hyparquet is loaded only when a
// Parquet file is opened, so no other load carries it.
import { collectBytes, type FormatReader, type RecordSink } from './format-reader.ts';

export function parquetReader(emit: RecordSink): FormatReader {
  const bytes = collectBytes();
  return {
    push: bytes.push,
    end: async () => {
      const { parquetReadObjects } = await import('hyparquet');
      const whole = bytes.whole();
      const file = whole.buffer.slice(whole.byteOffset, whole.byteOffset + whole.byteLength);
      const rows = await parquetReadObjects({ file: file as ArrayBuffer });
      for (const row of rows) emit({ properties: row as Record<string, unknown> });
    },
  };
}
