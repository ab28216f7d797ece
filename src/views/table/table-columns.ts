// The table's columns as data: header label, sort key and whether narrow screens may drop it.
import type { SortDirection, SortKey } from './table-sort.ts';

export interface TableColumn {
  key: SortKey;
  label: string;
  /** Hidden below 640 px wide; the detail panel still shows the field. */
  optional: boolean;
  /** The first click sorts this way: numbers read best largest first. */
  firstDir: SortDirection;
}

export const tableColumns: readonly TableColumn[] = [
  { key: 'date', label: 'Date', optional: false, firstDir: 'asc' },
  { key: 'name', label: 'Name', optional: false, firstDir: 'asc' },
  { key: 'place', label: 'Place', optional: false, firstDir: 'asc' },
  { key: 'themes', label: 'Themes', optional: false, firstDir: 'asc' },
  { key: 'format', label: 'Format', optional: true, firstDir: 'asc' },
  { key: 'participants', label: 'Participants', optional: true, firstDir: 'desc' },
];
