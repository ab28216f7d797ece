import type { Continents } from './continents.ts';
import { nameKeys, normalizeName } from './normalize.ts';

/** The level of a place, most specific first. */
export type PlaceKind = 'venue' | 'zone' | 'town' | 'district' | 'city' | 'province' | 'country';

export const KIND_ORDER: readonly PlaceKind[] = [
  'venue',
  'zone',
  'town',
  'district',
  'city',
  'province',
  'country',
];

/** One place of the gazetteer, whatever its source (GeoNames, curated file). */
export interface GazetteerRow {
  /** Source and id: "geonames:1796236", "curated:anting", "geonames-admin1:CN.02", "iso3166:DE". */
  id: string;
  name: string;
  /** Names matched exactly like the name (curated aliases, English country names). */
  aliases: string[];
  /** GeoNames alternate names: matched only when they name a much bigger place (exonyms). */
  altNames: string[];
  kind: PlaceKind;
  /** The kind was inferred, not read from a feature code: a suffix in the text ("X Town") may overrule it. */
  kindGuessed: boolean;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  province: string | null;
  city: string | null;
  district: string | null;
  town: string | null;
  /** Admin names outside the hierarchy that still count as context ("Clark County", "Jiaxing Shi"). */
  contextNames: string[];
  /** Null when unknown (GeoNames writes 0 for unknown). */
  population: number | null;
  /** Where the row comes from, for curated rows. */
  source?: string;
  /**
   * Known only from a list of small places (post offices): named like common words and big places
   * abroad ("East China", "Pavilion"), so it counts only where the article names its state or county.
   */
  obscure?: boolean;
}

export interface Gazetteer {
  /** Key of a name or alias → the places it names. */
  readonly byName: ReadonlyMap<string, readonly GazetteerRow[]>;
  /** Key of an alternate name → the places it names. */
  readonly byAltName: ReadonlyMap<string, readonly GazetteerRow[]>;
  /** ISO code → keys of the country's names, for context matching. */
  readonly countryKeys: ReadonlyMap<string, readonly string[]>;
  /** Continents by the keys of their names and adjectives; a name wholly a continent is one. */
  readonly continents: Continents;
  readonly size: number;
}

// Callers pass each key once per row, so no duplicate check is needed (it would be quadratic).
function add(index: Map<string, GazetteerRow[]>, key: string, row: GazetteerRow): void {
  const rows = index.get(key);
  if (rows === undefined) index.set(key, [row]);
  else rows.push(row);
}

// News abbreviates the first word of many place names ("St. Louis", "Mt. Pleasant", "Ft. Worth")
// where the gazetteer spells it out, and the other way round.
const SHORT_FORMS: readonly (readonly [string, string])[] = [
  ['saint ', 'st '],
  ['sainte ', 'ste '],
  ['mount ', 'mt '],
  ['fort ', 'ft '],
  ['port ', 'pt '],
];

function withShortForms(key: string): string[] {
  for (const [long, short] of SHORT_FORMS) {
    if (key.startsWith(long)) return [key, short + key.slice(long.length)];
    if (key.startsWith(short)) return [key, long + key.slice(short.length)];
  }
  return [key];
}

/** Admin and country names lose their suffix ("Zhejiang Province"); city names keep it ("Jersey City"). */
function keysOfRow(row: GazetteerRow): Set<string> {
  const stripSuffix = row.kind === 'province' || row.kind === 'country';
  const keys = new Set<string>();
  for (const name of [row.name, ...row.aliases]) {
    for (const key of stripSuffix ? nameKeys(name) : [normalizeName(name)]) {
      for (const form of withShortForms(key)) if (form !== '') keys.add(form);
    }
  }
  return keys;
}

/** Indexes the rows once, so that each lookup is a few map reads. */
export function createGazetteer(
  rows: readonly GazetteerRow[],
  continents: Continents = new Map(),
): Gazetteer {
  const byName = new Map<string, GazetteerRow[]>();
  const byAltName = new Map<string, GazetteerRow[]>();
  const countryKeys = new Map<string, string[]>();
  for (const row of rows) {
    const keys = keysOfRow(row);
    for (const key of keys) add(byName, key, row);
    const altKeys = new Set(row.altNames.map(normalizeName));
    for (const key of altKeys) if (key !== '' && !keys.has(key)) add(byAltName, key, row);
    if (row.kind === 'country') countryKeys.set(row.country, [...keys]);
  }
  return { byName, byAltName, countryKeys, continents, size: rows.length };
}
