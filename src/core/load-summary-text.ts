// The one line a load ends with ("50 features read: 50 loaded; `time` read as epoch ms; 6 extra
// fields kept") and its details, instead of a validator's dump. The project's own GeoJSON, read
// as written, gets no line at all.
import type { LoadSummary } from './dataset-loader.ts';
import { MAPPED_FIELDS } from './field-mapping.ts';

/** The mapping the project's own files read with: nothing to say about it. */
const ownMapping: Record<string, string> = {
  id: 'id',
  name: 'name',
  start: 'start',
  end: 'end',
  place: 'place',
  lat: 'lat',
  lon: 'lon',
  category: 'themes',
};

export interface SummaryText {
  headline: string;
  /** Asks the user to map a field: no event could be put on the map. */
  needsMapping: boolean;
  details: string[];
}

export function summaryText(s: LoadSummary): SummaryText | null {
  const unit = s.format === 'csv' ? 'row' : s.format === 'ndjson' ? 'line' : 'feature';
  const units = (n: number) => `${n.toLocaleString('en')} ${unit}${n === 1 ? '' : 's'}`;
  const { notes } = s;
  const dropped = Object.entries(notes.dropped);
  const mapped = MAPPED_FIELDS.filter((f) => s.mapping[f] !== '' && s.mapping[f] !== ownMapping[f]);
  const needsMapping = s.loaded > 0 && notes.placed === 0;
  const parts = [
    ...Object.entries(notes.dateKinds).map(([key, kind]) => `\`${key}\` read as ${kind}`),
    notes.extraKeys.length > 0 &&
      `${String(notes.extraKeys.length)} extra field${notes.extraKeys.length === 1 ? '' : 's'} kept`,
    dropped.length > 0 &&
      `${count(
        dropped.reduce((n, [, d]) => n + d.count, 0),
        'value',
      )} not read`,
    s.skippedCount > 0 && `${count(s.skippedCount, 'element')} skipped`,
  ].filter((p): p is string => typeof p === 'string');
  if (parts.length === 0 && mapped.length === 0 && !needsMapping) {
    return null;
  }
  const headline = needsMapping
    ? `0 of ${units(s.loaded)} have coordinates: map a field?`
    : [`${units(s.read)} read: ${s.loaded.toLocaleString('en')} loaded`, ...parts].join('; ');
  const details = [
    ...mapped.map((f) => `${f} ← \`${s.mapping[f]}\``),
    ...dropped.map(
      ([key, d]) => `\`${key}\`: ${count(d.count, 'value')} not read (${d.example}); kept as text`,
    ),
    ...(notes.extraKeys.length > 0
      ? [`Extra fields kept: ${notes.extraKeys.map((k) => `\`${k}\``).join(', ')}`]
      : []),
    ...(notes.renamedIds > 0 ? [`${count(notes.renamedIds, 'repeated id')} given -2, -3…`] : []),
    ...s.skipped,
  ];
  return { headline, needsMapping, details };
}

function count(n: number, what: string): string {
  return `${n.toLocaleString('en')} ${what}${n === 1 ? '' : 's'}`;
}
