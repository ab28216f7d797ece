// The map's own copy of the events: one small GeoJSON point per placed event, built once per
// dataset, carrying only what the layers draw and the tooltip shows.
import type { EventCollection, EventProperties } from '../../core/event.ts';
import { precisionClass, type PrecisionClass } from './precision.ts';
import { themeColor } from './theme-colors.ts';

export interface EventPointProperties {
  /** Index into collection.features (the store index). */
  i: number;
  id: string;
  name: string;
  date: string;
  place: string;
  color: string;
  precision: PrecisionClass;
}

export interface EventPoint {
  type: 'Feature';
  id: number;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: EventPointProperties;
}

/** Placed events by store index; `undefined` where the event has no usable geometry. */
export type EventPoints = (EventPoint | undefined)[];

export function buildEventPoints(collection: EventCollection): EventPoints {
  return collection.features.map((f, i) => {
    const coords = f.geometry?.coordinates;
    if (coords === undefined || !Number.isFinite(coords[0]) || !Number.isFinite(coords[1])) {
      return undefined;
    }
    const p = f.properties;
    return {
      type: 'Feature',
      id: i,
      geometry: { type: 'Point', coordinates: [coords[0], coords[1]] },
      properties: {
        i,
        id: p.id,
        name: p.name,
        date: displayDate(p),
        place: displayPlace(p),
        color: themeColor(p.themes[0]),
        precision: precisionClass(p.location_precision),
      },
    };
  });
}

export function displayDate(p: Pick<EventProperties, 'start' | 'end' | 'date_precision'>): string {
  if (p.start === null) return 'Date unknown';
  const start = trimToPrecision(p.start, p.date_precision);
  if (p.end === null || p.end === p.start) return start;
  return `${start} – ${trimToPrecision(p.end, p.date_precision)}`;
}

function trimToPrecision(iso: string, precision: EventProperties['date_precision']): string {
  if (precision === 'year') return iso.slice(0, 4);
  if (precision === 'month') return iso.slice(0, 7);
  return iso;
}

export function displayPlace(
  p: Pick<
    EventProperties,
    'venue' | 'town' | 'district' | 'city' | 'province' | 'country' | 'place'
  >,
): string {
  const parts = [p.venue, p.town ?? p.district, p.city, p.province, p.country].filter(
    (s): s is string => s !== null && s !== '',
  );
  const unique = parts.filter((s, k) => parts.indexOf(s) === k);
  return unique.length > 0 ? unique.join(', ') : (p.place ?? 'Place unknown');
}

/** Rows that can be drawn: the filtered store indices that have a point. */
export function countUnplaced(points: EventPoints, rows: Uint32Array): number {
  let n = 0;
  for (const i of rows) if (points[i] === undefined) n++;
  return n;
}
