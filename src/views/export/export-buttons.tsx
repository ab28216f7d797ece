import { memo, useEffect, useId, useRef, useState } from 'react';
import { CSV_COLUMNS, csvParts } from '../../core/csv.ts';
import type { EventStore } from '../../core/event-store.ts';
import { exportFileName } from '../../core/export-file-name.ts';
import { geoJsonParts } from '../../core/export-geojson.ts';
import type { Filters } from '../../core/filters.ts';
import { prepareSortOrder, sortRows, type TableSort } from '../table/table-sort.ts';
import { downloadFile } from './download-file.ts';
import './export-buttons.css';

export interface ExportButtonsProps {
  store: EventStore;
  /** Store indices of the events passing every filter: the same rows the table lists. */
  rows: Uint32Array;
  /** The table's sort: files list the events in the order the table shows them. */
  sort: TableSort;
  /** Named in the file name. */
  filters: Filters;
  /** The clock for the date in the file name. */
  now?: () => Date;
}

type ExportFormat = 'csv' | 'geojson' | 'arrow' | 'parquet';

const mediaTypes: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  geojson: 'application/geo+json',
  arrow: 'application/vnd.apache.arrow.stream',
  parquet: 'application/vnd.apache.parquet',
};

/** The binary formats' writers, loaded on first use: no other page load carries them. */
async function writeBinary(
  format: 'arrow' | 'parquet',
  store: EventStore,
  rows: Uint32Array,
): Promise<BlobPart> {
  if (format === 'arrow') {
    const { eventsToArrow } = await import('../../core/events-to-arrow.ts');
    return eventsToArrow(store.event, rows, store.extraKeys) as Uint8Array<ArrayBuffer>;
  }
  const { eventsToParquet } = await import('../../core/events-to-parquet.ts');
  return eventsToParquet(store.event, rows, store.extraKeys);
}

/** Rows written per part; parts are written until a slice of this many ms has passed. */
const rowsPerPart = 1000;
const sliceMs = 30;

/**
 * Downloads exactly the filtered events, as CSV for spreadsheets, GeoJSON for GIS, Arrow or
 * Parquet for DuckDB, pandas, polars and kepler.gl (and to load back fast).
 */
export const ExportButtons = memo(function ExportButtons({
  store,
  rows,
  sort,
  filters,
  now = () => new Date(),
}: ExportButtonsProps) {
  const countId = useId();
  const [busy, setBusy] = useState<{ format: ExportFormat; done: number; total: number } | null>(
    null,
  );
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  // A large export is written a part at a time, the page answering between parts, so a million
  // rows never freeze it; the button counts the rows written.
  const exportAs = async (format: ExportFormat) => {
    setBusy({ format, done: 0, total: rows.length });
    try {
      // Let the busy state paint before the first part.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await prepareSortOrder(store, sort.key);
      const ordered = sortRows(store, rows, sort);
      const name = exportFileName(filters, now(), format);
      if (format === 'arrow' || format === 'parquet') {
        downloadFile([await writeBinary(format, store, ordered)], name, mediaTypes[format]);
        return;
      }
      const parts: string[] = [];
      const extraKeys = store.extraKeys.filter((k) => !CSV_COLUMNS.includes(k));
      const writer =
        format === 'csv'
          ? csvParts(store.event, ordered, rowsPerPart, extraKeys)
          : geoJsonParts(store.event, ordered, rowsPerPart);
      let slice = performance.now();
      for (const part of writer) {
        parts.push(part);
        if (performance.now() - slice < sliceMs) continue;
        const done = Math.min(ordered.length, parts.length * rowsPerPart);
        setBusy({ format, done, total: ordered.length });
        await new Promise((resolve) => setTimeout(resolve, 0));
        if (!mounted.current) return;
        slice = performance.now();
      }
      downloadFile(parts, name, mediaTypes[format]);
    } finally {
      if (mounted.current) setBusy(null);
    }
  };
  const label = (format: ExportFormat, idle: string, working: string): string => {
    if (busy?.format !== format) return idle;
    if (busy.done === 0) return `${working}\u2026`;
    return `${working}\u2026 ${Math.floor((100 * busy.done) / Math.max(1, busy.total))}%`;
  };
  const count = rows.length;
  const button = (format: ExportFormat, idle: string, working: string) => (
    <button
      type="button"
      className="export-buttons__button"
      aria-describedby={countId}
      aria-disabled={busy !== null}
      onClick={() => {
        if (busy === null) void exportAs(format);
      }}
    >
      {label(format, idle, working)}
    </button>
  );
  return (
    <div className="export-buttons" role="group" aria-label="Export the filtered events">
      {button('csv', 'Export CSV', 'Preparing CSV')}
      {button('geojson', 'Export GeoJSON', 'Preparing GeoJSON')}
      {button('arrow', 'Save as Arrow', 'Preparing Arrow')}
      {button('parquet', 'Save as Parquet', 'Preparing Parquet')}
      <span id={countId} className="export-buttons__count">
        {count === 1 ? 'Exports 1 event' : `Exports ${count.toLocaleString('en')} events`}
      </span>
    </div>
  );
});
