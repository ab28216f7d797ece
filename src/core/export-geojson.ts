// The filtered events as an RFC 7946 FeatureCollection, features unchanged, so the export loads
// back into Event Atlas (or any GIS) as the same dataset. Unplaced events keep `geometry: null`,
// which RFC 7946 allows, so the export holds exactly the events the table lists.
import type { EventAt, EventCollection, EventFeature } from './event.ts';
import { rowParts } from './row-parts.ts';

export function eventsToFeatureCollection(
  eventAt: EventAt,
  rows: ArrayLike<number>,
): EventCollection {
  const selected = new Array<EventFeature>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const feature = eventAt(rows[i] as number);
    if (feature === undefined) throw new RangeError(`No event at index ${rows[i] ?? i}`);
    selected[i] = feature;
  }
  return { type: 'FeatureCollection', features: selected };
}

export function eventsToGeoJson(eventAt: EventAt, rows: ArrayLike<number>): string {
  return [...geoJsonParts(eventAt, rows)].join('');
}

/**
 * The same text as JSON.stringify of the collection, in consecutive parts of `perPart` features
 * (one part for none), so that a large export can be written a part at a time between other work.
 */
export function* geoJsonParts(
  eventAt: EventAt,
  rows: ArrayLike<number>,
  perPart = 2000,
): Generator<string, void, undefined> {
  for (const part of rowParts(rows, perPart)) {
    const { features } = eventsToFeatureCollection(eventAt, part.rows);
    const listed = JSON.stringify(features.map(asGeoJson)).slice(1, -1);
    const start = part.first ? '{"type":"FeatureCollection","features":[' : ',';
    yield `${start}${listed}${part.last ? ']}' : ''}`;
  }
}

/** A feature as GeoJSON: properties outside the schema go back among its properties. */
function asGeoJson(f: EventFeature): object {
  if (f.extra === undefined) return f;
  const { extra, properties, ...rest } = f;
  return { ...rest, properties: { ...properties, ...extra } };
}
