// The filtered events as an Apache Arrow IPC stream: repeated texts (dates, places, themes,
// enums) dictionary-encoded, lists as lists, sources as structs. DuckDB, pandas, polars, GDAL and
// kepler.gl read it; Event Atlas reads it back as the same events.
import {
  dictionary,
  float64,
  int32,
  list,
  struct,
  tableFromArrays,
  tableToIPC,
  utf8,
  type DataType,
} from '@uwdata/flechette';
import type { EventAt } from './event.ts';
import { exportTable, type ColumnKind } from './export-table.ts';

const text = () => dictionary(utf8());

const types: Record<ColumnKind, () => DataType> = {
  id: utf8,
  name: utf8,
  text,
  date: text,
  enum: text,
  integer: int32,
  number: float64,
  texts: () => list(text()),
  sources: () =>
    list(struct({ file: utf8(), url: utf8(), outlet: text(), published: text(), title: utf8() })),
  evidence: () => struct({ date: utf8(), place: utf8() }),
  coordinate: float64,
  'extra-number': float64,
  'extra-text': text,
};

export function eventsToArrow(
  eventAt: EventAt,
  rows: ArrayLike<number>,
  extraKeys: readonly string[] = [],
): Uint8Array {
  const columns = exportTable(eventAt, rows, extraKeys);
  const table = tableFromArrays(Object.fromEntries(columns.map((c) => [c.name, c.values])), {
    types: Object.fromEntries(columns.map((c) => [c.name, types[c.kind]()])),
  });
  return tableToIPC(table, { format: 'stream' }) as Uint8Array;
}
