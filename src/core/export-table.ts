// The filtered events as columns, one per schema field (event-schema.ts) plus lon, lat and every
// extra field, for the Arrow and Parquet writers: each writer only picks its types.
import { EVENT_SCHEMA, type FieldType } from './event-schema.ts';
import type { EventAt, EventFeature } from './event.ts';

export type ColumnKind = FieldType['kind'] | 'coordinate' | 'extra-number' | 'extra-text';

export interface ExportColumn {
  name: string;
  kind: ColumnKind;
  values: unknown[];
}

export function exportTable(
  eventAt: EventAt,
  rows: ArrayLike<number>,
  extraKeys: readonly string[],
): ExportColumn[] {
  const columns: ExportColumn[] = EVENT_SCHEMA.map((field) => ({
    name: field.key,
    kind: field.type.kind,
    values: [],
  }));
  const lon: unknown[] = [];
  const lat: unknown[] = [];
  const taken = new Set<string>([...columns.map((c) => c.name), 'lon', 'lat']);
  const extras = extraKeys
    .filter((k) => !taken.has(k))
    .map((name) => ({ name, values: [] as unknown[] }));
  // One event object at a time: a million of them at once would not fit beside the columns.
  for (let k = 0; k < rows.length; k++) {
    const f = eventAt(rows[k] as number) as EventFeature;
    const p = f.properties as unknown as Record<string, unknown>;
    for (const c of columns) c.values.push(p[c.name]);
    lon.push(f.geometry?.coordinates[0] ?? null);
    lat.push(f.geometry?.coordinates[1] ?? null);
    for (const e of extras) e.values.push(f.extra?.[e.name] ?? null);
  }
  columns.push({ name: 'lon', kind: 'coordinate', values: lon });
  columns.push({ name: 'lat', kind: 'coordinate', values: lat });
  for (const { name, values } of extras) {
    const numbers = values.every((v) => v === null || typeof v === 'number');
    columns.push({
      name,
      kind: numbers ? 'extra-number' : 'extra-text',
      values: numbers
        ? values
        : values.map((v) => (v === null || typeof v === 'string' ? v : JSON.stringify(v))),
    });
  }
  return columns;
}
