import { memo, useId, useState } from 'react';
import { eventsToCsv } from '../../core/csv.ts';
import type { EventStore } from '../../core/event-store.ts';
import { exportFileName } from '../../core/export-file-name.ts';
import { eventsToGeoJson } from '../../core/export-geojson.ts';
import type { Filters } from '../../core/filters.ts';
import { sortRows, type TableSort } from '../table/table-sort.ts';
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

type ExportFormat = 'csv' | 'geojson';

/** Downloads exactly the filtered events, as CSV for spreadsheets or GeoJSON for GIS. */
export const ExportButtons = memo(function ExportButtons({
  store,
  rows,
  sort,
  filters,
  now = () => new Date(),
}: ExportButtonsProps) {
  const countId = useId();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const exportAs = (format: ExportFormat) => {
    setBusy(format);
    // A large export holds the main thread for a while: let the busy state paint first.
    requestAnimationFrame(() => {
      setTimeout(() => {
        try {
          writeExport(format);
        } finally {
          setBusy(null);
        }
      }, 0);
    });
  };
  const writeExport = (format: ExportFormat) => {
    const ordered = sortRows(store, rows, sort);
    const name = exportFileName(filters, now(), format);
    if (format === 'csv') {
      downloadFile(eventsToCsv(store.event, ordered), name, 'text/csv;charset=utf-8');
    } else {
      downloadFile(eventsToGeoJson(store.event, ordered), name, 'application/geo+json');
    }
  };
  const count = rows.length;
  return (
    <div className="export-buttons" role="group" aria-label="Export the filtered events">
      <button
        type="button"
        className="export-buttons__button"
        aria-describedby={countId}
        aria-disabled={busy !== null}
        onClick={() => {
          if (busy === null) exportAs('csv');
        }}
      >
        {busy === 'csv' ? 'Preparing CSV\u2026' : 'Export CSV'}
      </button>
      <button
        type="button"
        className="export-buttons__button"
        aria-describedby={countId}
        aria-disabled={busy !== null}
        onClick={() => {
          if (busy === null) exportAs('geojson');
        }}
      >
        {busy === 'geojson' ? 'Preparing GeoJSON\u2026' : 'Export GeoJSON'}
      </button>
      <span id={countId} className="export-buttons__count">
        {count === 1 ? 'Exports 1 event' : `Exports ${count.toLocaleString('en')} events`}
      </span>
    </div>
  );
});
