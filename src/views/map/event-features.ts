// What the map sends MapLibre for one event: a small GeoJSON point carrying only what the layers
// draw. Text for the tooltip and lists is read from the event itself when shown (eventSummary),
// so it is never copied to MapLibre's worker.
import type { EventFeature } from '../../core/event.ts';
import { formatEventDate } from '../../core/format-date.ts';
import { placeLabel } from '../../core/format-place.ts';
import { precisionClass, type PrecisionClass } from './precision.ts';
import { themeColor } from './theme-colors.ts';

export interface EventPointProperties {
  /** Index into collection.features (the store index). */
  i: number;
  id: string;
  color: string;
  precision: PrecisionClass;
  /** Events this point stands for: always 1 here, summed by MapLibre's clusters with bins. */
  n: 1;
}

export interface EventPoint {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: EventPointProperties;
}

/** The point MapLibre draws for an event; undefined when the event has no usable geometry. */
export function eventPoint(f: EventFeature, i: number): EventPoint | undefined {
  const coords = f.geometry?.coordinates;
  if (coords === undefined || !Number.isFinite(coords[0]) || !Number.isFinite(coords[1])) {
    return undefined;
  }
  const p = f.properties;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [coords[0], coords[1]] },
    properties: {
      i,
      id: p.id,
      color: themeColor(p.themes[0]),
      precision: precisionClass(p.location_precision),
      n: 1,
    },
  };
}

/** What the tooltip and the pick list show of an event. */
export interface EventSummary {
  id: string;
  name: string;
  date: string;
  place: string;
  color: string;
}

export function eventSummary(f: EventFeature): EventSummary {
  const p = f.properties;
  return {
    id: p.id,
    name: p.name,
    date: formatEventDate(p.start, p.end, p.date_precision),
    place: placeLabel(p) ?? 'Place unknown',
    color: themeColor(p.themes[0]),
  };
}
