// The filtered events as CSV for spreadsheets: RFC 4180 (CRLF, quoted where needed) by papaparse,
// UTF-8 with a byte-order mark so Excel reads Chinese text, and cells neutralised against
// formula injection, since names and quotes come from articles anyone could have written.
import Papa from 'papaparse';
import { EVENT_PROPERTY_KEYS, type EventAt, type EventFeature, type EventSource } from './event.ts';
import { eventsToFeatureCollection } from './export-geojson.ts';
import { rowParts } from './row-parts.ts';

export const UTF8_BOM = '\uFEFF';

type ListedKey = Exclude<(typeof EVENT_PROPERTY_KEYS)[number], 'evidence'>;
const LISTED_KEYS = EVENT_PROPERTY_KEYS.filter((key): key is ListedKey => key !== 'evidence');

/** The published column contract: every event property in schema order, evidence split in two,
 * then lon/lat. */
export const CSV_COLUMNS: readonly string[] = [
  ...LISTED_KEYS,
  'evidence_date',
  'evidence_place',
  'lon',
  'lat',
];

export type CsvCell = string | number | null;

/** Joins list values (themes, organisers, sources) inside one cell. */
export const LIST_SEPARATOR = '; ';

// OWASP's trigger characters: a spreadsheet evaluates a cell starting with one as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
// A plain decimal number cannot run anything, and a quote would turn "-3.7" into text.
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Prefixes a single quote to a text cell a spreadsheet would evaluate as a formula. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

export function eventCsvCells(feature: EventFeature, extraKeys: readonly string[] = []): CsvCell[] {
  const p = feature.properties;
  const coords = feature.geometry?.coordinates ?? null;
  const cells: CsvCell[] = LISTED_KEYS.map((key) => propertyCell(p[key]));
  cells.push(p.evidence.date, p.evidence.place, coords?.[0] ?? null, coords?.[1] ?? null);
  for (const key of extraKeys) cells.push(extraCell(feature.extra?.[key]));
  return cells.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell));
}

/** CSV text (BOM first) of `rows`, indices of `eventAt`, in the order given. */
export function eventsToCsv(
  eventAt: EventAt,
  rows: ArrayLike<number>,
  extraKeys: readonly string[] = [],
): string {
  return [...csvParts(eventAt, rows, 2000, extraKeys)].join('');
}

/**
 * The same text in consecutive parts of `perPart` rows (the first with the BOM and the header; one
 * part for none), so that a large export can be written a part at a time between other work.
 */
export function* csvParts(
  eventAt: EventAt,
  rows: ArrayLike<number>,
  perPart = 2000,
  extraKeys: readonly string[] = [],
): Generator<string, void, undefined> {
  for (const part of rowParts(rows, perPart)) {
    const data = eventsToFeatureCollection(eventAt, part.rows).features.map((f) =>
      eventCsvCells(f, extraKeys),
    );
    const csv = Papa.unparse(
      { fields: [...CSV_COLUMNS, ...extraKeys], data },
      { newline: '\r\n', quotes: false, header: part.first, skipEmptyLines: false },
    );
    // Every record ends with CRLF, the last too (RFC 4180 allows it; line tools expect it).
    // papaparse ends a header-only file itself, and never a file with data.
    const ended = csv.endsWith('\r\n') ? csv : `${csv}\r\n`;
    yield part.first ? `${UTF8_BOM}${ended}` : ended;
  }
}

/** Another dataset's value: numbers and texts as they are, anything else as JSON. */
function extraCell(value: unknown): CsvCell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return JSON.stringify(value);
}

function propertyCell(value: string | number | null | readonly (string | EventSource)[]): CsvCell {
  if (!Array.isArray(value)) return value as string | number | null;
  return value
    .map((item: string | EventSource) =>
      typeof item === 'string' ? item : (item.url ?? item.file),
    )
    .join(LIST_SEPARATOR);
}
