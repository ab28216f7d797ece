// data/overrides.json: a person's corrections, `[{ "id", "set": { field: value }, "reason" }]`,
// applied after everything else. A bad entry is skipped with a warning; the rest still apply.
import { z } from 'zod';
import { EVENT_STATUSES, type EventProperties } from '../event.ts';
import { LOCATION_PRECISIONS } from '../event-schema.ts';
import { isIsoDate } from './date-value.ts';
import { yearOf } from './event-draft.ts';
import { parseJson } from './parse-json.ts';

export interface Override {
  id: string;
  set: Record<string, unknown>;
  reason: string | null;
}

export interface ParsedOverrides {
  overrides: Override[];
  warnings: string[];
  /** Set when the file is unusable: the run then goes on without any override. */
  error: string | null;
}

export interface AppliedOverride {
  id: string;
  name: string;
  fields: string[];
  reason: string | null;
}

export interface OverrideOutcome {
  applied: AppliedOverride[];
  warnings: string[];
}

/** What an override edits: an event's properties and the point it is drawn at. */
export interface OverridableEvent {
  properties: EventProperties;
  coordinates: [number, number] | null;
}

const text = z.string().min(1).nullable();
const isoDate = z.string().refine(isIsoDate, 'expected a real YYYY-MM-DD date').nullable();
const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
const point = z.tuple([lon, lat]);

const FIELDS: Record<string, z.ZodType> = {
  name: z.string().min(1),
  role: z.enum(['reported', 'mentioned']),
  start: isoDate,
  end: isoDate,
  date_precision: z.enum(['day', 'month', 'year', 'unknown']),
  year: z.number().int().min(1).max(9999).nullable(),
  themes: z.array(z.string().min(1)),
  place: text,
  venue: text,
  town: text,
  district: text,
  city: text,
  province: text,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')
    .nullable(),
  location_precision: z.enum(LOCATION_PRECISIONS),
  geocoder: text,
  confidence: z.number().min(0).max(1),
  format: z.enum(['in-person', 'online', 'hybrid']).nullable(),
  status: z.enum(EVENT_STATUSES),
  participants: z.number().int().nonnegative().nullable(),
  participants_text: text,
  organisers: z.array(z.string().min(1)),
  sources: z.array(
    z.object({
      file: z.string(),
      url: text,
      outlet: text,
      published: isoDate,
      title: text,
    }),
  ),
  evidence: z.object({ date: text, place: text }),
  lon,
  lat,
  coordinates: point.nullable(),
  geometry: z.object({ type: z.literal('Point'), coordinates: point }).nullable(),
};

export const OVERRIDABLE_FIELDS = Object.keys(FIELDS);

export function parseOverrides(source: string): ParsedOverrides {
  const parsed = parseJson(source);
  if (!parsed.ok) return { overrides: [], warnings: [], error: parsed.error };
  if (!Array.isArray(parsed.value)) {
    return { overrides: [], warnings: [], error: 'expected an array of { id, set, reason }' };
  }
  const overrides: Override[] = [];
  const warnings: string[] = [];
  parsed.value.forEach((entry: unknown, index) => {
    const where = `override #${index + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      warnings.push(`${where}: expected an object { id, set, reason }: skipped`);
      return;
    }
    const { id, set, reason } = entry as Record<string, unknown>;
    if (typeof id !== 'string' || id === '') {
      warnings.push(`${where}: no "id" string: skipped`);
      return;
    }
    if (typeof set !== 'object' || set === null || Array.isArray(set)) {
      warnings.push(`${where} (${id}): "set" must be an object of field values: skipped`);
      return;
    }
    const hasReason = typeof reason === 'string' && reason.trim() !== '';
    if (!hasReason) warnings.push(`${where} (${id}): no "reason" given; say why it was corrected`);
    overrides.push({
      id,
      set: set as Record<string, unknown>,
      reason: hasReason ? reason.trim() : null,
    });
  });
  return { overrides, warnings, error: null };
}

/** Applies every override in file order; later entries win over earlier ones for one field. */
export function applyOverrides(
  events: readonly OverridableEvent[],
  overrides: readonly Override[],
): OverrideOutcome {
  const byId = new Map(events.map((e) => [e.properties.id, e]));
  const applied: AppliedOverride[] = [];
  const warnings: string[] = [];
  for (const override of overrides) {
    const event = byId.get(override.id);
    if (event === undefined) {
      warnings.push(`override for unknown id "${override.id}": no such event in this run`);
      continue;
    }
    const fields: string[] = [];
    for (const [field, value] of Object.entries(override.set)) {
      const schema = FIELDS[field];
      if (schema === undefined) {
        const hint = field === 'id' ? 'ids cannot be overridden' : 'not an event field';
        warnings.push(`override for "${override.id}": unknown field "${field}" (${hint}): skipped`);
        continue;
      }
      const halfPoint =
        (field === 'lon' || field === 'lat') && !('lon' in override.set && 'lat' in override.set);
      if (halfPoint && event.coordinates === null) {
        warnings.push(
          `override for "${override.id}": field "${field}": the event has no point, set both lon and lat: skipped`,
        );
        continue;
      }
      const checked = schema.safeParse(value);
      if (!checked.success) {
        const message = checked.error.issues[0]?.message ?? 'invalid value';
        warnings.push(`override for "${override.id}": field "${field}": ${message}: skipped`);
        continue;
      }
      setField(event, field, checked.data);
      fields.push(field);
    }
    if (fields.includes('start') && !fields.includes('year')) {
      event.properties.year = yearOf(event.properties.start);
    }
    if (fields.length > 0) {
      applied.push({
        id: override.id,
        name: event.properties.name,
        fields,
        reason: override.reason,
      });
    }
  }
  return { applied, warnings };
}

function setField(event: OverridableEvent, field: string, value: unknown): void {
  if (field === 'lon' || field === 'lat') {
    const [oldLon, oldLat] = event.coordinates ?? [0, 0];
    event.coordinates = field === 'lon' ? [value as number, oldLat] : [oldLon, value as number];
    return;
  }
  if (field === 'coordinates') {
    event.coordinates = value as [number, number] | null;
    return;
  }
  if (field === 'geometry') {
    event.coordinates =
      value === null ? null : (value as { coordinates: [number, number] }).coordinates;
    return;
  }
  (event.properties as unknown as Record<string, unknown>)[field] = value;
}
