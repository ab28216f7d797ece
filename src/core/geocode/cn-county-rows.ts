import { z } from 'zod';
import type { GazetteerRow } from './gazetteer.ts';
import { normalizeName } from './normalize.ts';

const County = z.object({
  code: z.string().regex(/^\d{6}$/),
  name: z.string().min(1),
  suffix: z.string().min(1),
  zh: z.string().min(2),
  province: z.string().min(1),
  city: z.string().min(1).nullable(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  source: z.string().min(1),
  approximate: z.boolean(),
});

const CountyFile = z.object({ counties: z.array(County) });

// How the suffix is written in pinyin ("Xiaoshan Qu", "Deqing Xian"), longest Chinese ending first.
const PINYIN_SUFFIXES: readonly (readonly [string, string])[] = [
  ['自治县', 'Zizhixian'],
  ['自治旗', 'Zizhiqi'],
  ['新区', 'Xinqu'],
  ['林区', 'Linqu'],
  ['特区', 'Tequ'],
  ['区', 'Qu'],
  ['县', 'Xian'],
  ['市', 'Shi'],
  ['旗', 'Qi'],
];

/** A one-syllable name ("涉县" She) is a common word alone: it is known only with its suffix. */
function oneSyllable(zh: string): boolean {
  return /^\p{Script=Han}(?:区|县|市|旗)$/u.test(zh);
}

/** A county's row, and whether its point is only its prefecture's seat or centre. */
export interface CountyPlace {
  row: GazetteerRow;
  approximate: boolean;
}

/**
 * Gazetteer rows of data/cn-counties.json: one district per county-level division of China,
 * known by its pinyin name, "<name> <suffix>", "<name> <pinyin suffix>" and its Chinese name.
 */
export function cnCountyRows(json: unknown, file = 'cn-counties.json'): GazetteerRow[] {
  return cnCounties(json, file).map((c) => c.row);
}

export function cnCounties(json: unknown, file = 'cn-counties.json'): CountyPlace[] {
  const parsed = CountyFile.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.counties.map((c) => {
    const [ending = '', pinyinSuffix = ''] = PINYIN_SUFFIXES.find(([e]) => c.zh.endsWith(e)) ?? [];
    const full = `${c.name} ${c.suffix}`;
    const short = oneSyllable(c.zh);
    const zhBase = c.zh.slice(0, c.zh.length - ending.length);
    const aliases = new Set([
      ...(short ? [] : [full]),
      ...(pinyinSuffix === '' ? [] : [`${c.name} ${pinyinSuffix}`]),
      ...(short ? [`${c.name}${pinyinSuffix.toLowerCase()}`] : []),
      c.zh,
      ...(zhBase.length >= 2 ? [zhBase] : []),
    ]);
    const name = short ? full : c.name;
    aliases.delete(name);
    const row: GazetteerRow = {
      id: `gbt2260:${c.code}`,
      name,
      aliases: [...aliases],
      altNames: [],
      kind: 'district',
      kindGuessed: false,
      lat: c.lat,
      lon: c.lon,
      country: 'CN',
      province: c.province,
      city: c.city,
      district: name,
      town: null,
      contextNames: [],
      population: null,
      source: `${file}: GB/T 2260 ${c.code}, ${c.approximate ? 'approximately at the ' : ''}${c.source}`,
    };
    return { row, approximate: c.approximate };
  });
}

// A county and a GeoNames place of the same name this close are one place (seat and division).
const SAME_PLACE_KM = 15;
// A county put only at its prefecture's seat or centre is any place of its name in that prefecture.
const SAME_PREFECTURE_KM = 150;

function km(a: GazetteerRow, b: GazetteerRow): number {
  const dLat = a.lat - b.lat;
  const dLon = (a.lon - b.lon) * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dLat, dLon) * 111.2;
}

// A city this big owns its bare name: a county elsewhere that shares it ("Suzhou", the district of
// Jiuquan) is known by its name with its suffix only, so that "Suzhou High-tech Zone" stays in Suzhou.
const CITY_OWNS_NAME = 1_000_000;
const TWIN_KINDS = new Set(['zone', 'town', 'district', 'city']);

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [i]);
  else list.push(i);
}

/**
 * Adds the counties to the other rows. A county that a place of China of its name already
 * stands for (its seat within 15 km: Kunshan, Xiaoshan; or, when the county's point is only
 * approximate, a place of its name in the same prefecture) adds no competing row: that place
 * takes the county's aliases and, when it was a town, becomes the district, keeping its id and
 * population (which the geocoder weighs). A place already a city (a big county-level city) stays
 * one. A county sharing the name of a city of a million people elsewhere keeps its suffix.
 */
export function withCountyRows(
  rows: readonly GazetteerRow[],
  counties: readonly CountyPlace[],
): GazetteerRow[] {
  const byName = new Map<string, number[]>();
  const bigCities = new Set<string>();
  rows.forEach((row, i) => {
    if (row.country !== 'CN' || !TWIN_KINDS.has(row.kind)) return;
    const keys = new Set([row.name, ...row.aliases].map(normalizeName));
    for (const key of keys) push(byName, key, i);
    if (row.kind === 'city' && (row.population ?? 0) >= CITY_OWNS_NAME) {
      bigCities.add(normalizeName(row.name));
    }
  });
  const out = [...rows];
  const added: GazetteerRow[] = [];
  for (const { row: county, approximate } of counties) {
    const keys = new Set([county.name, ...county.aliases].map(normalizeName));
    const twin = [...keys]
      .flatMap((key) => byName.get(key) ?? [])
      .find((i) => {
        const row = out[i];
        if (row === undefined) return false;
        const distance = km(row, county);
        const samePrefecture =
          approximate && row.province === county.province && row.city === county.city;
        return distance <= SAME_PLACE_KM || (samePrefecture && distance <= SAME_PREFECTURE_KM);
      });
    const row = twin === undefined ? undefined : out[twin];
    const namesake = bigCities.has(normalizeName(county.name));
    if (twin === undefined || row === undefined) {
      added.push(namesake ? suffixed(county) : county);
      continue;
    }
    // A town of the county's name is its seat: it becomes the district, unless a big city elsewhere owns the name.
    const district = row.kind === 'town' && !namesake;
    const aliases = namesake ? suffixed(county).aliases : [...county.aliases, county.name];
    out[twin] = {
      ...row,
      aliases: [...new Set([...row.aliases, ...aliases])].filter((alias) => alias !== row.name),
      kind: district ? 'district' : row.kind,
      kindGuessed: district ? false : row.kindGuessed,
      city: row.kind === 'city' ? row.city : (county.city ?? row.city),
      district: district ? row.name : row.district,
      town: district ? null : row.town,
    };
  }
  return [...out, ...added];
}

/** The county known by its name with its suffix only: "Suzhou District", never "Suzhou". */
function suffixed(county: GazetteerRow): GazetteerRow {
  const [full, ...others] = county.aliases;
  if (full === undefined || !full.startsWith(`${county.name} `)) return county;
  return { ...county, name: full, district: full, aliases: others };
}
