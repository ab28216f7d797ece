// What is under the pointer, and what a click on a group of events does: zoom until it splits,
// or list its events when they share one place or the map cannot zoom further.
import {
  LngLatBounds,
  type GeoJSONSource,
  type Map as MapLibreMap,
  type PointLike,
} from 'maplibre-gl';
import type { PointIndex } from './event-bins.ts';
import type { EventStore } from '../../core/event-store.ts';
import { eventSummary, type EventSummary } from './event-features.ts';
import type { EventSourceSync } from './event-source-sync.ts';
import { eventSourceId, interactiveLayerIds } from './layers.ts';
import type { Pick } from './map-overlays.tsx';

/** Longest list a click opens; beyond it the list says how many more there are. */
export const maxListed = 100;

export type Hit =
  | { kind: 'events'; indices: number[] }
  | { kind: 'cluster'; clusterId: number; size: number }
  | { kind: 'bin'; bin: number; size: number };

/** The marks under a pixel, top first: one group, or the individual events there. */
export function hitAt(m: MapLibreMap, point: PointLike): Hit | null {
  const features = m.queryRenderedFeatures(point, { layers: interactiveLayerIds });
  const indices: number[] = [];
  for (const f of features) {
    const p = f.properties;
    if (typeof p.cluster_id === 'number' && typeof p.events === 'number') {
      return { kind: 'cluster', clusterId: p.cluster_id, size: p.events };
    }
    if (typeof p.bin === 'number' && typeof p.n === 'number') {
      return { kind: 'bin', bin: p.bin, size: p.n };
    }
    if (typeof p.i === 'number' && !indices.includes(p.i)) indices.push(p.i);
  }
  return indices.length > 0 ? { kind: 'events', indices } : null;
}

export function eventsOf(store: EventStore, indices: readonly number[]): EventSummary[] {
  const out: EventSummary[] = [];
  for (const i of indices.slice(0, maxListed)) {
    const f = store.event(i);
    if (f !== undefined) out.push(eventSummary(f));
  }
  return out;
}

/** Store indices of every event in a group. */
export async function groupMembers(
  m: MapLibreMap,
  hit: Exclude<Hit, { kind: 'events' }>,
  sync: EventSourceSync,
): Promise<number[]> {
  if (hit.kind === 'bin') return sync.members(hit.bin);
  const source = m.getSource<GeoJSONSource>(eventSourceId);
  if (source === undefined) return [];
  // maplibre-gl's declarations type these through a GeoJSON global the project does not load.
  const leaves = (await source.getClusterLeaves(hit.clusterId, Infinity, 0)) as unknown as {
    properties: Record<string, unknown> | null;
  }[];
  const out: number[] = [];
  for (const leaf of leaves) {
    const p = leaf.properties ?? {};
    if (typeof p.bin === 'number') out.push(...sync.members(p.bin));
    else if (typeof p.i === 'number') out.push(p.i);
  }
  return out;
}

/**
 * Opens a group: zooms so that its events spread over the map, or returns the pick list when
 * they share one place or the map is (nearly) at its deepest zoom.
 */
export function openGroup(
  m: MapLibreMap,
  store: EventStore,
  index: PointIndex,
  members: readonly number[],
  at: { x: number; y: number },
): Pick | null {
  const bounds = new LngLatBounds();
  for (const i of members) {
    if (!Number.isNaN(index.x[i])) bounds.extend([store.lon[i] as number, store.lat[i] as number]);
  }
  if (bounds.isEmpty()) return null;
  const samePlace =
    bounds.getWest() === bounds.getEast() && bounds.getSouth() === bounds.getNorth();
  const zoom = m.getZoom();
  if (samePlace || zoom >= m.getMaxZoom() - 1) {
    return { x: at.x, y: at.y, events: eventsOf(store, members), total: members.length };
  }
  const camera = m.cameraForBounds(bounds, { padding: 60 });
  const target = Math.min(m.getMaxZoom(), Math.max(camera?.zoom ?? zoom, zoom + 1));
  m.easeTo({ center: camera?.center ?? bounds.getCenter(), zoom: target });
  return null;
}
