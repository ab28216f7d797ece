// The filtered events as an RFC 7946 FeatureCollection, features unchanged, so the export loads
// back into Event Atlas (or any GIS) as the same dataset. Unplaced events keep `geometry: null`,
// which RFC 7946 allows, so the export holds exactly the events the table lists.
import type { EventAt, EventCollection, EventFeature } from './event.ts';

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
  return JSON.stringify(eventsToFeatureCollection(eventAt, rows));
}
