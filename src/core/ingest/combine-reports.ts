// Several reports of one event → one event: each field from the report that knows it best (the
// most precise date, the most precise place), lists united, and every source kept.
import type { DatePrecision, EventFormat, LocationPrecision } from '../event.ts';
import { haversineKm } from './distance.ts';
import type { EventDraft } from './event-draft.ts';
import { mergeStatus } from './merge-status.ts';

/** Reports placed this close agree on the place, and lend the merged event their confidence. */
const AGREEING_PLACE_KM = 5;

const DATE_RANK: Record<DatePrecision, number> = { day: 3, month: 2, year: 1, unknown: 0 };
const PLACE_RANK: Record<LocationPrecision, number> = {
  venue: 7,
  zone: 6,
  town: 5,
  district: 4,
  city: 3,
  province: 2,
  country: 1,
  unknown: 0,
};

/** One event from several reports of it (ordered by article), each field from the best report. */
export function combineReports(
  members: readonly { draft: EventDraft; article: string }[],
): EventDraft {
  const drafts = members.map((m) => m.draft);
  const byName = best(drafts, (d) => [
    d.properties.role === 'reported' ? 1 : 0,
    d.properties.name.length,
  ]);
  const byDate = best(drafts, (d) => [
    DATE_RANK[d.properties.date_precision],
    d.properties.role === 'reported' ? 1 : 0,
    d.properties.end === null ? 0 : 1,
  ]);
  const format = mergeFormats(drafts.map((d) => d.properties.format));
  // An event held online is not placed, even when a report that did not say so placed it.
  const online = format === 'online' ? drafts.find((d) => d.properties.format === 'online') : null;
  const byPlace =
    online ??
    best(drafts, (d) => [
      d.coordinates === null ? 0 : 1,
      PLACE_RANK[d.properties.location_precision],
      d.properties.confidence,
    ]);
  const ordered = [byName, ...drafts.filter((d) => d !== byName)];
  const participants = best(drafts, (d) => [d.properties.participants ?? -1]).properties;
  const placed = byPlace.coordinates;
  const agreeing = drafts.filter(
    (d) =>
      placed !== null &&
      d.coordinates !== null &&
      haversineKm(placed, d.coordinates) <= AGREEING_PLACE_KM,
  );
  const name = byName.properties;
  const date = byDate.properties;
  const place = byPlace.properties;
  return {
    properties: {
      ...name,
      role: drafts.some((d) => d.properties.role === 'reported') ? 'reported' : 'mentioned',
      start: date.start,
      end: date.end,
      date_precision: date.date_precision,
      year: date.year,
      themes: union(ordered.map((d) => d.properties.themes)),
      place: place.place,
      venue: place.venue,
      town: place.town,
      district: place.district,
      city: place.city,
      province: place.province,
      country: place.country,
      location_precision: place.location_precision,
      geocoder: place.geocoder,
      confidence: Math.max(place.confidence, ...agreeing.map((d) => d.properties.confidence)),
      format,
      status: mergeStatus(
        drafts.map((d) => ({
          status: d.properties.status,
          published: d.properties.sources[0]?.published ?? null,
        })),
      ),
      participants: participants.participants,
      participants_text: participants.participants_text,
      organisers: union(ordered.map((d) => d.properties.organisers)),
      sources: drafts.flatMap((d) => d.properties.sources).sort((a, b) => compare(a.file, b.file)),
      evidence: { date: date.evidence.date, place: place.evidence.place },
    },
    coordinates: byPlace.coordinates,
    candidates: byPlace.candidates,
    issues: drafts.flatMap((d) => d.issues),
    mergedFrom: members
      .flatMap((m) =>
        m.draft.mergedFrom.length > 0
          ? m.draft.mergedFrom
          : [{ article: m.article, name: m.draft.properties.name }],
      )
      .sort((a, b) => compare(a.article, b.article)),
  };
}

/** The draft ranking highest on `rank` (compared left to right); earlier drafts win ties. */
function best(drafts: EventDraft[], rank: (d: EventDraft) => number[]): EventDraft {
  let winner = drafts[0];
  let winnerRank = winner === undefined ? [] : rank(winner);
  for (const draft of drafts.slice(1)) {
    const r = rank(draft);
    const k = r.findIndex((v, i) => v !== winnerRank[i]);
    if (k !== -1 && (r[k] ?? 0) > (winnerRank[k] ?? 0)) {
      winner = draft;
      winnerRank = r;
    }
  }
  if (winner === undefined) throw new Error('best() needs at least one draft');
  return winner;
}

function mergeFormats(formats: (EventFormat | null)[]): EventFormat | null {
  const seen = new Set(formats.filter((f) => f !== null));
  if (seen.has('hybrid') || (seen.has('online') && seen.has('in-person'))) return 'hybrid';
  return [...seen][0] ?? null;
}

function union(lists: string[][]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const item of lists.flat()) {
    const key = item.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
