// Conversions between the map camera and the app's view state and bounding box.
import type { BBox } from '../../core/filters.ts';
import type { MapViewState } from './map-view-props.ts';

/** Rounded so that the URL stays short and a tiny pan does not count as a change. */
export function roundView(lon: number, lat: number, zoom: number): MapViewState {
  return {
    lon: round(wrapLon(lon), 4),
    lat: round(lat, 4),
    zoom: round(zoom, 2),
  };
}

export function sameView(a: MapViewState, b: MapViewState): boolean {
  return (
    Math.abs(wrapLon(a.lon - b.lon)) < 1e-4 &&
    Math.abs(a.lat - b.lat) < 1e-4 &&
    Math.abs(a.zoom - b.zoom) < 0.01
  );
}

/**
 * The visible bounds as [w, s, e, n] in -180..180; west > east when the view crosses the
 * antimeridian, and the whole longitude range when the view spans the world.
 */
export function normaliseBounds(west: number, south: number, east: number, north: number): BBox {
  const s = Math.max(-90, south);
  const n = Math.min(90, north);
  if (east - west >= 360) return [-180, s, 180, n];
  return [round(wrapLon(west), 5), round(s, 5), round(wrapLon(east), 5), round(n, 5)];
}

export function wrapLon(lon: number): number {
  if (lon >= -180 && lon <= 180) return lon;
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 && lon > 0 ? 180 : wrapped;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
