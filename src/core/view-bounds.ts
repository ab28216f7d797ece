// The bounds a web-Mercator map shows for a centre and zoom in a box of a given size, the way
// MapLibre computes them (512-pixel world at zoom 0). The app needs them before the map reports
// its own: a link with `inview=1&map=…` must filter on load, before anyone moves the map.
import type { BBox } from './filters.ts';
import type { MapPosition } from './url-state.ts';

const tileSize = 512;

export function viewBounds(view: MapPosition, width: number, height: number): BBox {
  const world = tileSize * 2 ** view.zoom;
  const x = ((view.lon + 180) / 360) * world;
  const y = mercatorY(view.lat) * world;
  const west = ((x - width / 2) / world) * 360 - 180;
  const east = ((x + width / 2) / world) * 360 - 180;
  const north = latitudeOf(Math.max(0, (y - height / 2) / world));
  const south = latitudeOf(Math.min(1, (y + height / 2) / world));
  if (east - west >= 360) return [-180, south, 180, north];
  return [wrap(west), south, wrap(east), north];
}

/** 0 at the top of the Mercator world, 1 at the bottom. */
function mercatorY(lat: number): number {
  const phi = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
}

function latitudeOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

function wrap(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}
