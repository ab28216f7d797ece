// The last check before the dataset is written: every value within what the schema, and so the
// dashboard, accepts. Extraction should never give anything else; when it does, the value is
// dropped with a warning that names it, rather than the dashboard dropping it without a word.
import { parseWhen } from '../parse-when.ts';
import type { EventDraft } from './event-draft.ts';

/** Brings the event within the schema; says what it changed. */
export function guardSchema(event: EventDraft): string[] {
  const p = event.properties;
  const notes: string[] = [];
  if (p.start !== null && !isCalendarDate(p.start)) {
    notes.push(`start "${p.start}" is not a calendar date: kept undated`);
    p.start = null;
  }
  if (p.end !== null && (p.start === null || !isCalendarDate(p.end) || p.end < p.start)) {
    if (p.start !== null) {
      const why = isCalendarDate(p.end)
        ? `is before the start ${p.start}`
        : 'is not a calendar date';
      notes.push(`end "${p.end}" ${why}: dropped`);
    }
    p.end = null;
  }
  p.year = p.start === null ? null : Number(p.start.slice(0, 4));
  if (p.participants !== null && !isCount(p.participants)) {
    notes.push(`participants ${String(p.participants)} is not a head-count: dropped`);
    p.participants = null;
    p.participants_text = null;
  }
  if (!(p.confidence >= 0 && p.confidence <= 1)) p.confidence = p.confidence > 1 ? 1 : 0;
  if (event.coordinates !== null && !isPoint(event.coordinates)) {
    notes.push(`point ${event.coordinates.join(', ')} is off the globe: kept without a point`);
    event.coordinates = null;
  }
  return notes;
}

/** `YYYY-MM-DD` of a real day (no 2023-02-30), as the dashboard reads dates. */
function isCalendarDate(text: string): boolean {
  const when = parseWhen(text);
  return when !== null && 'date' in when && when.date === text;
}

function isCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

function isPoint([lon, lat]: [number, number]): boolean {
  return Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}
