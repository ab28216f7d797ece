// The event record shared by the ingest (which writes it as GeoJSON Feature properties)
// and the dashboard (which reads it back). Field names are a published contract: see docs/data.md.

export type EventRole = 'reported' | 'mentioned';

export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';

export type LocationPrecision =
  'venue' | 'zone' | 'town' | 'district' | 'city' | 'province' | 'country' | 'unknown';

export type EventFormat = 'in-person' | 'online' | 'hybrid';

/** Held (over or running), planned (ahead), postponed (moved to a later date) or cancelled. */
export type EventStatus = 'held' | 'planned' | 'postponed' | 'cancelled';

/** Every status; a dataset written before `status` existed reads as `held` (docs/data.md). */
export const EVENT_STATUSES = [
  'held',
  'planned',
  'postponed',
  'cancelled',
] as const satisfies readonly EventStatus[];

export interface EventSource {
  /** File name of the article inside the input folder. */
  file: string;
  url: string | null;
  outlet: string | null;
  /** ISO date (YYYY-MM-DD) of publication, when known. */
  published: string | null;
  title: string | null;
}

export interface EventEvidence {
  /** Sentence of the article that dates the event. */
  date: string | null;
  /** Sentence of the article that places the event. */
  place: string | null;
}

export interface EventProperties {
  /** Stable across runs: derived from the normalised name and start date, never from file order. */
  id: string;
  name: string;
  role: EventRole;
  /** ISO date YYYY-MM-DD (month or year precision still use a full date: first day of the period). */
  start: string | null;
  end: string | null;
  date_precision: DatePrecision;
  year: number | null;
  /** Theme slugs from the controlled vocabulary (src/core/themes.ts). */
  themes: string[];
  /** The place as written in the article. */
  place: string | null;
  venue: string | null;
  town: string | null;
  district: string | null;
  city: string | null;
  province: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  location_precision: LocationPrecision;
  /** e.g. "geonames:1790848", "curated:anting"; null when unplaced. */
  geocoder: string | null;
  /** 0..1: how sure the geocode is. */
  confidence: number;
  format: EventFormat | null;
  /** Absent in datasets written before it existed: read as `held`. */
  status: EventStatus;
  participants: number | null;
  /** The phrase the participant count was read from ("more than 110 experts"). */
  participants_text: string | null;
  organisers: string[];
  sources: EventSource[];
  evidence: EventEvidence;
}

export interface EventFeature {
  type: 'Feature';
  id?: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: EventProperties;
}

/** The event at a store index; undefined outside the store. */
export type EventAt = (i: number) => EventFeature | undefined;

export interface EventCollection {
  type: 'FeatureCollection';
  features: EventFeature[];
}

/** Every property, in the order the ingest writes them (and docs/data.md documents them). */
export const EVENT_PROPERTY_KEYS = [
  'id',
  'name',
  'role',
  'start',
  'end',
  'date_precision',
  'year',
  'themes',
  'place',
  'venue',
  'town',
  'district',
  'city',
  'province',
  'country',
  'location_precision',
  'geocoder',
  'confidence',
  'format',
  'status',
  'participants',
  'participants_text',
  'organisers',
  'sources',
  'evidence',
] as const satisfies readonly (keyof EventProperties)[];

type UnlistedKey = Exclude<keyof EventProperties, (typeof EVENT_PROPERTY_KEYS)[number]>;
/** Fails to compile when EventProperties gains a field that EVENT_PROPERTY_KEYS does not list. */
export const EVENT_PROPERTY_KEYS_COMPLETE: [UnlistedKey] extends [never] ? true : never = true;
