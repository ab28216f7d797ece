// Pre-binning for the map: events closer than a few pixels at the current zoom are sent to
// MapLibre as one weighted point, so the GeoJSON source (and MapLibre's own clustering over it)
// handles hundreds or a few thousand points instead of every filtered event. Far outside the
// view the bins are coarser still; the map re-bins when it moves there.
import type { EventStore } from '../../core/event-store.ts';
import { eventPoint, type EventPoint } from './event-features.ts';

/**
 * The events' positions, built once per dataset. Point objects for MapLibre are made only for the
 * events actually sent (a few hundred at a world view), and kept once made.
 */
export interface PointIndex {
  store: EventStore;
  /** Web Mercator x and y in 0..1 by store index; NaN when unplaced. */
  x: Float64Array;
  y: Float64Array;
  /** The point of an event; undefined when it is unplaced. */
  point: (i: number) => EventPoint | undefined;
}

/** A Web Mercator box [x0, y0, x1, y1] in 0..1, y growing southwards. */
export type MercatorBox = [number, number, number, number];

export interface BinOptions {
  /** Integer zoom the bins are sized for. */
  zoom: number;
  /** Where the fine bins apply; elsewhere bins are `coarseFactor` times wider. null: everywhere. */
  box: MercatorBox | null;
  /** Store index always sent as its own point (the selected event), or null. */
  keep: number | null;
}

export interface BinFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { bin: number; n: number };
}

export type BinnedFeature = EventPoint | BinFeature;

export interface Binned {
  data: { type: 'FeatureCollection'; features: BinnedFeature[] };
  /** Store indices of the events in a bin. */
  members: (bin: number) => number[];
}

/** Side of a fine bin in screen pixels; MapLibre's cluster radius (40 px) is much wider. */
export const binPixels = 6;
export const coarseFactor = 16;
const tileSize = 512;

export function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

export function mercatorY(lat: number): number {
  const s = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + s) / (1 - s))) / Math.PI;
  return Math.min(1, Math.max(0, y));
}

function lonOf(x: number): number {
  return x * 360 - 180;
}

function latOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

export function buildPointIndex(store: EventStore): PointIndex {
  const n = store.size;
  const x = new Float64Array(n).fill(NaN);
  const y = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    const lon = store.lon[i] as number;
    const lat = store.lat[i] as number;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    x[i] = mercatorX(lon);
    y[i] = mercatorY(lat);
  }
  const made = new Map<number, EventPoint | undefined>();
  const point = (i: number): EventPoint | undefined => {
    if (made.has(i)) return made.get(i);
    const f = store.event(i);
    const p = f === undefined || Number.isNaN(x[i]) ? undefined : eventPoint(f, i);
    made.set(i, p);
    return p;
  };
  return { store, x, y, point };
}

export function binRows(index: PointIndex, rows: Uint32Array, options: BinOptions): Binned {
  const fine = (tileSize * 2 ** options.zoom) / binPixels;
  const coarse = fine / coarseFactor;
  const [bx0, by0, bx1, by1] = options.box ?? [-Infinity, -Infinity, Infinity, Infinity];
  const slotByKey = new Map<number, number>();
  const slotOfRow = new Int32Array(rows.length).fill(-1);
  const count: number[] = [];
  const firstRow: number[] = [];
  const sumX: number[] = [];
  const sumY: number[] = [];
  let keptPasses = false;

  for (let r = 0; r < rows.length; r++) {
    const i = rows[r] as number;
    const x = index.x[i] as number;
    const y = index.y[i] as number;
    if (Number.isNaN(x)) continue;
    if (i === options.keep) {
      keptPasses = true;
      continue;
    }
    const inside = x >= bx0 && x <= bx1 && y >= by0 && y <= by1;
    const cells = inside ? fine : coarse;
    const cell = Math.floor(y * cells) * (Math.ceil(cells) + 1) + Math.floor(x * cells);
    const key = inside ? cell : -1 - cell;
    let slot = slotByKey.get(key);
    if (slot === undefined) {
      slot = count.length;
      slotByKey.set(key, slot);
      count.push(0);
      firstRow.push(i);
      sumX.push(0);
      sumY.push(0);
    }
    slotOfRow[r] = slot;
    count[slot] = (count[slot] as number) + 1;
    sumX[slot] = (sumX[slot] as number) + x;
    sumY[slot] = (sumY[slot] as number) + y;
  }

  const features: BinnedFeature[] = [];
  const kept = options.keep === null ? undefined : index.point(options.keep);
  if (kept !== undefined && keptPasses) features.push(kept);
  for (let slot = 0; slot < count.length; slot++) {
    const n = count[slot] as number;
    if (n === 1) {
      const single = index.point(firstRow[slot] as number);
      if (single !== undefined) features.push(single);
      continue;
    }
    features.push({
      type: 'Feature',
      geometry: {
        type: 'Point',
        coordinates: [lonOf((sumX[slot] as number) / n), latOf((sumY[slot] as number) / n)],
      },
      properties: { bin: slot, n },
    });
  }

  return {
    data: { type: 'FeatureCollection', features },
    members: (bin) => {
      const out: number[] = [];
      for (let r = 0; r < rows.length; r++) if (slotOfRow[r] === bin) out.push(rows[r] as number);
      return out;
    },
  };
}
