// Shrinking basemap geometry for the browser: Douglas-Peucker simplification, fewer decimals,
// no repeated vertices.
import type { Geometry, Position } from 'geojson';

/** 2 decimals of a degree is about 1 km: finer than the simplification tolerance below. */
export const defaultDecimals = 2;

export function roundPosition(p: Position, decimals = defaultDecimals): Position {
  const f = 10 ** decimals;
  return [Math.round((p[0] ?? 0) * f) / f, Math.round((p[1] ?? 0) * f) / f];
}

/** Vertices closer than this (degrees) to the simplified line are dropped: about 1.5 km. */
export const defaultTolerance = 0.015;

/**
 * Douglas-Peucker: keeps the first and last vertex and, recursively, the vertex farthest from the
 * chord while it is farther than the tolerance.
 */
export function simplifyLine(line: Position[], tolerance = defaultTolerance): Position[] {
  if (line.length <= 2) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  const sqTolerance = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let maxSq = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = sqSegmentDistance(line[i], line[first], line[last]);
      if (d > maxSq) {
        maxSq = d;
        index = i;
      }
    }
    if (index !== -1 && maxSq > sqTolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

function sqSegmentDistance(
  p: Position | undefined,
  a: Position | undefined,
  b: Position | undefined,
) {
  const [px = 0, py = 0] = p ?? [];
  let [x = 0, y = 0] = a ?? [];
  const [bx = 0, by = 0] = b ?? [];
  let dx = bx - x;
  let dy = by - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = bx;
      y = by;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/**
 * Simplifies, rounds and drops vertices that rounding made identical to their neighbour.
 * A closed ring stays closed: its first and last vertex are always kept.
 */
export function shrinkLine(line: Position[], decimals = defaultDecimals): Position[] {
  const out: Position[] = [];
  for (const p of simplifyLine(line)) {
    const r = roundPosition(p, decimals);
    const last = out[out.length - 1];
    if (last === undefined || last[0] !== r[0] || last[1] !== r[1]) out.push(r);
  }
  return out;
}

function roundRing(ring: Position[], decimals: number): Position[] | null {
  const r = shrinkLine(ring, decimals);
  return r.length >= 4 ? r : null;
}

function roundPolygon(rings: Position[][], decimals: number): Position[][] | null {
  const outer = rings[0] === undefined ? null : roundRing(rings[0], decimals);
  if (outer === null) return null;
  const holes = rings.slice(1).map((h) => roundRing(h, decimals));
  return [outer, ...holes.filter((h): h is Position[] => h !== null)];
}

/** Rounds a line or polygon geometry; null when nothing drawable is left. */
export function roundGeometry(g: Geometry, decimals = defaultDecimals): Geometry | null {
  switch (g.type) {
    case 'LineString': {
      const line = shrinkLine(g.coordinates, decimals);
      return line.length >= 2 ? { type: 'LineString', coordinates: line } : null;
    }
    case 'MultiLineString': {
      const lines = g.coordinates.map((l) => shrinkLine(l, decimals)).filter((l) => l.length >= 2);
      return lines.length > 0 ? { type: 'MultiLineString', coordinates: lines } : null;
    }
    case 'Polygon': {
      const poly = roundPolygon(g.coordinates, decimals);
      return poly === null ? null : { type: 'Polygon', coordinates: poly };
    }
    case 'MultiPolygon': {
      const polys = g.coordinates
        .map((p) => roundPolygon(p, decimals))
        .filter((p): p is Position[][] => p !== null);
      return polys.length > 0 ? { type: 'MultiPolygon', coordinates: polys } : null;
    }
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(g.coordinates, decimals) };
    case 'MultiPoint':
    case 'GeometryCollection':
      return g;
  }
}
