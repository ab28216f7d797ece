// The event record shared by the ingest (which writes it as GeoJSON Feature properties)
// and the dashboard (which reads it back). Its fields are the schema table's (event-schema.ts), a
// published contract: see docs/data.md.
import type { DATE_PRECISIONS, FORMATS, LOCATION_PRECISIONS, ROLES } from './event-schema.ts';
import { EVENT_SCHEMA, STATUSES, type SchemaProperties } from './event-schema.ts';

export type { EventEvidence, EventSource } from './event-schema.ts';

export type EventRole = (typeof ROLES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];
export type EventFormat = (typeof FORMATS)[number];
/** Held (over or running), planned (ahead), postponed (moved to a later date) or cancelled. */
export type EventStatus = (typeof STATUSES)[number];

/** Every status; a dataset written before `status` existed reads as `held` (docs/data.md). */
export const EVENT_STATUSES = STATUSES;

export type EventProperties = SchemaProperties;

/** A property of another dataset that the schema does not know: kept, shown and exported. */
export type ExtraValue = string | number | boolean | null | readonly unknown[] | object;

export interface EventFeature {
  type: 'Feature';
  id?: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: EventProperties;
  /** Properties outside the schema, in the order the dataset had them. */
  extra?: Readonly<Record<string, ExtraValue>>;
}

/** The event at a store index; undefined outside the store. */
export type EventAt = (i: number) => EventFeature | undefined;

export interface EventCollection {
  type: 'FeatureCollection';
  features: EventFeature[];
}

/** Every property, in the order the ingest writes them (and docs/data.md documents them). */
export const EVENT_PROPERTY_KEYS = EVENT_SCHEMA.map((f) => f.key);
