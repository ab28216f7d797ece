// The filtered events as Parquet (hyparquet-writer): texts as UTF-8 strings, numbers as INT32 and
// DOUBLE, lists and objects (themes, organisers, sources, evidence) as JSON strings, which Event
// Atlas reads back and DuckDB reads with `json` functions. Loaded only when a user saves Parquet.
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { EventAt } from './event.ts';
import { exportTable, type ColumnKind } from './export-table.ts';

type ParquetType = 'STRING' | 'INT32' | 'DOUBLE' | 'JSON';

const types: Record<ColumnKind, ParquetType> = {
  id: 'STRING',
  name: 'STRING',
  text: 'STRING',
  date: 'STRING',
  enum: 'STRING',
  integer: 'INT32',
  number: 'DOUBLE',
  texts: 'JSON',
  sources: 'JSON',
  evidence: 'JSON',
  coordinate: 'DOUBLE',
  'extra-number': 'DOUBLE',
  'extra-text': 'STRING',
};

export function eventsToParquet(
  eventAt: EventAt,
  rows: ArrayLike<number>,
  extraKeys: readonly string[] = [],
): ArrayBuffer {
  const columnData = exportTable(eventAt, rows, extraKeys).map((c) => {
    const type = types[c.kind];
    const data = type === 'JSON' ? c.values.map((v) => JSON.stringify(v)) : c.values;
    return { name: c.name, data, type: type === 'JSON' ? ('STRING' as const) : type };
  });
  return parquetWriteBuffer({ columnData });
}
