// Reading and moving the camera: what the source sync needs to know, and framing the events.
import { LngLatBounds, type Map as MapLibreMap } from 'maplibre-gl';
import { mercatorX, mercatorY, type PointIndex } from './event-bins.ts';
import type { SyncView } from './event-source-sync.ts';

/** The camera as the source sync needs it: zoom and the visible Web Mercator box. */
export function syncView(m: MapLibreMap): SyncView {
  const b = m.getBounds();
  const wraps = b.getWest() < -180 || b.getEast() > 180;
  return {
    zoom: m.getZoom(),
    visible: wraps
      ? null
      : [
          mercatorX(b.getWest()),
          mercatorY(b.getNorth()),
          mercatorX(b.getEast()),
          mercatorY(b.getSouth()),
        ],
  };
}

/** Frames the filtered events; false when none of them is on the map. */
export function fitRows(
  m: MapLibreMap,
  index: PointIndex,
  rows: Uint32Array,
  animate: boolean,
): boolean {
  const bounds = new LngLatBounds();
  for (const i of rows) {
    const lon = index.store.lon[i] as number;
    const lat = index.store.lat[i] as number;
    if (!Number.isNaN(index.x[i])) bounds.extend([lon, lat]);
  }
  if (bounds.isEmpty()) return false;
  m.fitBounds(bounds, { padding: 60, maxZoom: 9, animate });
  return true;
}
