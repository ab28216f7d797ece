// The common case, a feature exactly in the published shape, checked by hand: zod allocates per
// field and costs about a second per 100k features, this a fraction of it. It accepts only what
// the zod schema in read-events.ts accepts and returns what zod would (read-event-fast.test.ts
// holds the two together); anything else returns null and goes through zod, which fills
// defaults or names the problem.
import {
  EVENT_STATUSES,
  type EventFeature,
  type EventProperties,
  type EventSource,
} from './event.ts';

type Fields = Record<string, unknown>;

const roles = new Set(['reported', 'mentioned']);
const datePrecisions = new Set(['day', 'month', 'year', 'unknown']);
const locationPrecisions = new Set([
  'venue',
  'zone',
  'town',
  'district',
  'city',
  'province',
  'country',
  'unknown',
]);
const formats = new Set(['in-person', 'online', 'hybrid']);
const statuses: ReadonlySet<string> = new Set(EVENT_STATUSES);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function readCompleteFeature(raw: unknown): EventFeature | null {
  if (!isFields(raw) || raw.type !== 'Feature') return null;
  if (raw.id !== undefined && typeof raw.id !== 'string' && typeof raw.id !== 'number') return null;
  const geometry = readPoint(raw.geometry);
  if (geometry === undefined) return null;
  const properties = readProperties(raw.properties);
  if (properties === null) return null;
  return { type: 'Feature', id: properties.id, geometry, properties };
}

function readPoint(g: unknown): EventFeature['geometry'] | undefined {
  if (g === null) return null;
  if (!isFields(g) || g.type !== 'Point' || !Array.isArray(g.coordinates)) return undefined;
  const c: unknown[] = g.coordinates;
  if (c.length < 2 || !c.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    return undefined;
  }
  const [lon, lat] = c as [number, number];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return undefined;
  return { type: 'Point', coordinates: [lon, lat] };
}

function readProperties(p: unknown): EventProperties | null {
  if (!isFields(p)) return null;
  const { id, name, start, end, year, confidence, participants } = p;
  const ok =
    typeof id === 'string' &&
    id !== '' &&
    typeof name === 'string' &&
    name !== '' &&
    inSet(roles, p.role) &&
    dateOrNull(start) &&
    dateOrNull(end) &&
    inSet(datePrecisions, p.date_precision) &&
    (year === null || (isInteger(year) && year >= 1 && year <= 9999)) &&
    isStrings(p.themes) &&
    textOrNull(p.place) &&
    textOrNull(p.venue) &&
    textOrNull(p.town) &&
    textOrNull(p.district) &&
    textOrNull(p.city) &&
    textOrNull(p.province) &&
    textOrNull(p.country) &&
    inSet(locationPrecisions, p.location_precision) &&
    textOrNull(p.geocoder) &&
    typeof confidence === 'number' &&
    confidence >= 0 &&
    confidence <= 1 &&
    (p.format === null || inSet(formats, p.format)) &&
    (p.status === undefined || inSet(statuses, p.status)) &&
    (participants === null || (isInteger(participants) && participants >= 0)) &&
    textOrNull(p.participants_text) &&
    isStrings(p.organisers);
  if (!ok) return null;
  const sources = readSources(p.sources);
  const evidence = p.evidence;
  if (sources === null || !isFields(evidence)) return null;
  if (!textOrNull(evidence.date) || !textOrNull(evidence.place)) return null;
  return {
    id,
    name,
    role: p.role as EventProperties['role'],
    start: start as string | null,
    end: end as string | null,
    date_precision: p.date_precision as EventProperties['date_precision'],
    year: year ?? (start === null ? null : Number((start as string).slice(0, 4))),
    themes: p.themes as string[],
    place: p.place as string | null,
    venue: p.venue as string | null,
    town: p.town as string | null,
    district: p.district as string | null,
    city: p.city as string | null,
    province: p.province as string | null,
    country: p.country as string | null,
    location_precision: p.location_precision as EventProperties['location_precision'],
    geocoder: p.geocoder as string | null,
    confidence,
    format: p.format as EventProperties['format'],
    // As the zod schema: a dataset written before the status existed reads as held.
    status: (p.status ?? 'held') as EventProperties['status'],
    participants: participants,
    participants_text: p.participants_text as string | null,
    organisers: p.organisers as string[],
    sources,
    evidence: { date: evidence.date, place: evidence.place },
  };
}

function readSources(value: unknown): EventSource[] | null {
  if (!Array.isArray(value)) return null;
  const sources: EventSource[] = [];
  for (const s of value as unknown[]) {
    if (!isFields(s) || typeof s.file !== 'string') return null;
    const { url, outlet, published, title } = s;
    if (!textOrNull(url) || !textOrNull(outlet) || !textOrNull(published) || !textOrNull(title)) {
      return null;
    }
    sources.push({ file: s.file, url, outlet, published, title });
  }
  return sources;
}

function isFields(v: unknown): v is Fields {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function textOrNull(v: unknown): v is string | null {
  return v === null || typeof v === 'string';
}

function dateOrNull(v: unknown): boolean {
  return v === null || (typeof v === 'string' && isoDate.test(v));
}

function isInteger(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v);
}

function isStrings(v: unknown): v is string[] {
  return Array.isArray(v) && (v as unknown[]).every((s) => typeof s === 'string');
}

function inSet(set: ReadonlySet<string>, v: unknown): boolean {
  return typeof v === 'string' && set.has(v);
}
