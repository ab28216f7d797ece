// Events → the text of data/events.geojson. Byte-identical for the same events: features sorted
// by content, keys in one fixed order, numbers rounded to a fixed precision, a final newline.
import {
  EVENT_PROPERTY_KEYS,
  type EventFeature,
  type EventProperties,
  type EventSource,
} from '../event.ts';

export interface OutputEvent {
  properties: EventProperties;
  coordinates: [number, number] | null;
}

const SOURCE_KEYS = [
  'file',
  'url',
  'outlet',
  'published',
  'title',
] as const satisfies readonly (keyof EventSource)[];

/** ~1 m: finer digits would only be noise from the gazetteer. */
const COORDINATE_DECIMALS = 5;
const CONFIDENCE_DECIMALS = 2;

export function toFeatures(events: readonly OutputEvent[]): EventFeature[] {
  return [...events].sort(compareEvents).map(toFeature);
}

export function serialiseEvents(events: readonly OutputEvent[]): string {
  const collection = { type: 'FeatureCollection', features: toFeatures(events) };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

export function compareEvents(a: OutputEvent, b: OutputEvent): number {
  const pa = a.properties;
  const pb = b.properties;
  return (
    compare(pa.start ?? '9999', pb.start ?? '9999') ||
    compare(pa.name, pb.name) ||
    compare(pa.id, pb.id)
  );
}

function toFeature(event: OutputEvent): EventFeature {
  const p = event.properties;
  const properties = {} as Record<string, unknown>;
  for (const key of EVENT_PROPERTY_KEYS) properties[key] = p[key];
  properties.confidence = round(p.confidence, CONFIDENCE_DECIMALS);
  properties.themes = [...p.themes];
  properties.organisers = [...p.organisers];
  properties.sources = p.sources.map((source) => {
    const ordered = {} as Record<string, unknown>;
    for (const key of SOURCE_KEYS) ordered[key] = source[key];
    return ordered;
  });
  properties.evidence = { date: p.evidence.date, place: p.evidence.place };
  const point = event.coordinates;
  return {
    type: 'Feature',
    id: p.id,
    geometry:
      point === null
        ? null
        : {
            type: 'Point',
            coordinates: [
              round(point[0], COORDINATE_DECIMALS),
              round(point[1], COORDINATE_DECIMALS),
            ],
          },
    properties: properties as unknown as EventProperties,
  };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
