// Reads an events GeoJSON (parsed JSON, any origin) into typed features. A feature that breaks the
// schema is skipped and counted with its reason rather than failing the whole dataset: one bad
// row in a user's file must not hide the other thousand.
import { z } from 'zod';
import { EVENT_STATUSES, type EventCollection, type EventFeature } from './event.ts';
import { readCompleteFeature } from './read-event-fast.ts';

export interface SkippedFeature {
  /** Position of the feature in the input `features` array. */
  index: number;
  /** The feature's id when it had a readable one. */
  id: string | null;
  reason: string;
}

export interface ReadEventsResult {
  collection: EventCollection;
  /** How many features were skipped. */
  skipped: number;
  /** The first skipped features with their reasons (capped at `maxReasons`). */
  problems: SkippedFeature[];
}

/** The file is not an events FeatureCollection at all (as opposed to having some bad features). */
export class InvalidDatasetError extends Error {
  override name = 'InvalidDatasetError';
}

const text = z.string().nullable().default(null);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date')
  .nullable()
  .default(null);

const sourceSchema = z.object({
  file: z.string().default(''),
  url: text,
  outlet: text,
  published: text,
  title: text,
});

const propertiesSchema = z.object({
  id: z.string().min(1, 'id is empty'),
  name: z.string().min(1, 'name is empty'),
  role: z.enum(['reported', 'mentioned']).default('reported'),
  start: isoDate,
  end: isoDate,
  date_precision: z.enum(['day', 'month', 'year', 'unknown']).default('unknown'),
  year: z.number().int().min(1).max(9999).nullable().optional(),
  themes: z.array(z.string()).default([]),
  place: text,
  venue: text,
  town: text,
  district: text,
  city: text,
  province: text,
  country: text,
  location_precision: z
    .enum(['venue', 'zone', 'town', 'district', 'city', 'province', 'country', 'unknown'])
    .default('unknown'),
  geocoder: text,
  confidence: z.number().min(0).max(1).default(0),
  format: z.enum(['in-person', 'online', 'hybrid']).nullable().default(null),
  // Datasets written before the status existed report events that took place.
  status: z.enum(EVENT_STATUSES).default('held'),
  participants: z.number().int().nonnegative().nullable().default(null),
  participants_text: text,
  organisers: z.array(z.string()).default([]),
  sources: z.array(sourceSchema).default([]),
  evidence: z.object({ date: text, place: text }).default({ date: null, place: null }),
});

const pointSchema = z.object({
  type: z.literal('Point'),
  coordinates: z
    .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
    .rest(z.number()),
});

const featureSchema = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  geometry: pointSchema.nullable(),
  properties: propertiesSchema,
});

const collectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});

export function readEvents(json: unknown, maxReasons = 100): ReadEventsResult {
  const top = collectionSchema.safeParse(json);
  if (!top.success) {
    throw new InvalidDatasetError(
      'Not a GeoJSON FeatureCollection: expected {"type": "FeatureCollection", "features": [...]}.',
    );
  }
  const features: EventFeature[] = [];
  const problems: SkippedFeature[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  const skip = (index: number, id: string | null, reason: string): void => {
    skipped++;
    if (problems.length < maxReasons) problems.push({ index, id, reason });
  };
  top.data.features.forEach((raw, index) => {
    const feature = readCompleteFeature(raw) ?? readFeature(raw);
    if (typeof feature === 'string') {
      skip(index, readableId(raw), feature);
      return;
    }
    const { id } = feature.properties;
    if (seen.has(id)) {
      skip(index, id, `duplicate id "${id}"`);
      return;
    }
    seen.add(id);
    features.push(feature);
  });
  return { collection: { type: 'FeatureCollection', features }, skipped, problems };
}

/** A feature through the zod schema: with its defaults filled in, or the reason it fails. */
export function readFeature(raw: unknown): EventFeature | string {
  const parsed = featureSchema.safeParse(raw);
  if (!parsed.success) return describe(parsed.error);
  const { geometry, properties } = parsed.data;
  return {
    type: 'Feature',
    id: properties.id,
    geometry: geometry && {
      type: 'Point',
      coordinates: [geometry.coordinates[0], geometry.coordinates[1]],
    },
    properties: { ...properties, year: properties.year ?? yearOf(properties.start) },
  };
}

function yearOf(start: string | null): number | null {
  return start === null ? null : Number(start.slice(0, 4));
}

function readableId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('properties' in raw)) return null;
  const props = raw.properties;
  if (typeof props !== 'object' || props === null || !('id' in props)) return null;
  return typeof props.id === 'string' && props.id !== '' ? props.id : null;
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid feature';
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}
