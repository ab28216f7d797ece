// How filter changes reach the map: the one place that decides what the events source holds.
// MapLibre clusters only what its source holds, so the source must carry exactly the rows
// passing the filters; this module owns how that upload happens.
import type { GeoJSONSource } from 'maplibre-gl';
import type { EventPoint, EventPoints } from './event-features.ts';

export interface EventCollectionData {
  type: 'FeatureCollection';
  features: EventPoint[];
}

export function pointsForRows(points: EventPoints, rows: Uint32Array): EventCollectionData {
  const features: EventPoint[] = [];
  for (const i of rows) {
    const p = points[i];
    if (p !== undefined) features.push(p);
  }
  return { type: 'FeatureCollection', features };
}

/** Keeps one GeoJSON source in step with the rows, skipping uploads that would change nothing. */
export class EventSourceSync {
  private readonly source: GeoJSONSource;
  private points: EventPoints = [];
  private rows: Uint32Array | null = null;

  constructor(source: GeoJSONSource) {
    this.source = source;
  }

  update(points: EventPoints, rows: Uint32Array): Promise<void> {
    if (points === this.points && this.rows !== null && sameRows(rows, this.rows)) {
      return Promise.resolve();
    }
    this.points = points;
    this.rows = rows;
    return this.source.setData(pointsForRows(points, rows));
  }
}

function sameRows(a: Uint32Array, b: Uint32Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
