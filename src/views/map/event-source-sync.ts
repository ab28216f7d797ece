// How filter changes and camera moves reach the map: the one place that decides what the events
// source holds and when it is re-sent. MapLibre re-clusters its whole source on every setData,
// which costs about 5 µs per point here, so the source holds the pre-binned events of
// event-bins.ts rather than every filtered event.
import type { GeoJSONSource } from 'maplibre-gl';
import {
  binRows,
  type Binned,
  type BinnedFeature,
  type MercatorBox,
  type PointIndex,
} from './event-bins.ts';

/** The part of MapLibre's GeoJSONSource the sync writes to. */
export type DataSink = Pick<GeoJSONSource, 'setData'>;

export interface SyncView {
  /** The map's zoom (fractional). */
  zoom: number;
  /** The visible area; null when the view wraps the antimeridian or shows the whole world. */
  visible: MercatorBox | null;
}

/** Bins are sized for whole zooms up to this one; beyond it they only join near-identical places. */
const maxBinZoom = 16;

/**
 * binned: the pre-binned events (the default). naive: every filtered event, re-sent on every
 * change, kept so that benchmarks can measure what the binning saves.
 */
export type SyncMode = 'binned' | 'naive';

/** User Timing marks, so benchmarks can tell the map's share of an update. */
export const syncMarks = {
  sent: 'event-atlas:map-data-sent',
  loaded: 'event-atlas:map-data-loaded',
};

export class EventSourceSync {
  private readonly source: DataSink;
  private readonly mode: SyncMode;
  private index: PointIndex | null = null;
  private rows: Uint32Array | null = null;
  private keep: number | null = null;
  private zoom = -1;
  private box: MercatorBox | null = null;
  private binned: Binned | null = null;

  constructor(source: DataSink, mode: SyncMode = 'binned') {
    this.source = source;
    this.mode = mode;
  }

  /** Sends new data when the rows, the kept event, the zoom level or the view area require it. */
  update(index: PointIndex, rows: Uint32Array, keep: number | null, view: SyncView): void {
    const zoom = Math.min(maxBinZoom, Math.max(0, Math.floor(view.zoom)));
    const naive = this.mode === 'naive';
    const stale =
      index !== this.index ||
      this.rows === null ||
      !sameRows(rows, this.rows) ||
      (!naive && (keep !== this.keep || zoom !== this.zoom || !covers(this.box, view.visible)));
    if (!stale) return;
    this.index = index;
    this.rows = rows;
    this.keep = keep;
    this.zoom = zoom;
    this.box = view.visible === null ? null : grow(view.visible);
    performance.mark(syncMarks.sent);
    let features: BinnedFeature[];
    if (naive) {
      features = everyPoint(index, rows);
      this.binned = null;
    } else {
      this.binned = binRows(index, rows, { zoom, box: this.box, keep });
      features = this.binned.data.features;
    }
    void this.source.setData({ type: 'FeatureCollection', features }).then(() => {
      performance.mark(syncMarks.loaded);
    });
  }

  /** Store indices of the events behind a bin of the data last sent. */
  members(bin: number): number[] {
    return this.binned?.members(bin) ?? [];
  }
}

function everyPoint(index: PointIndex, rows: Uint32Array): BinnedFeature[] {
  const out: BinnedFeature[] = [];
  for (const i of rows) {
    const p = index.point(i);
    if (p !== undefined) out.push(p);
  }
  return out;
}

/** The fine-bin area: the view plus one view's size on every side, so a pan stays inside it. */
function grow([x0, y0, x1, y1]: MercatorBox): MercatorBox | null {
  const w = x1 - x0;
  const h = y1 - y0;
  const box: MercatorBox = [x0 - w, y0 - h, x1 + w, y1 + h];
  return box[0] <= 0 && box[2] >= 1 ? null : box;
}

function covers(outer: MercatorBox | null, inner: MercatorBox | null): boolean {
  if (outer === null) return true;
  if (inner === null) return false;
  return (
    inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3]
  );
}

function sameRows(a: Uint32Array, b: Uint32Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
