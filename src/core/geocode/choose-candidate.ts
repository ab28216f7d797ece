import { haversineKm } from '../ingest/distance.ts';
import type { Gazetteer, GazetteerRow, PlaceKind } from './gazetteer.ts';
import { nameKeys } from './normalize.ts';

/** What decided between places of the same name, strongest first. */
export type ChoiceBasis =
  | 'unique'
  | 'phrase'
  | 'suffix'
  | 'overwhelming'
  | 'article'
  | 'population'
  | 'most-populous'
  | 'ambiguous';

export interface Choice {
  row: GazetteerRow;
  basis: ChoiceBasis;
  /** A qualifier of the phrase or context names one of the place's parents. */
  confirmed: boolean;
  /** Every place still in the running when the choice was not sure (basis most-populous/ambiguous). */
  rivals: GazetteerRow[];
}

export interface Evidence {
  /** Keys of the other names of the place's phrase ("jiading" in "Jiading, Shanghai"). */
  qualifiers: readonly string[];
  /**
   * Keys of the names around the phrase. Only a province or city among them qualifies the place:
   * a country named nearby ("outside the United States") is article evidence, weighed below.
   */
  contextQualifiers?: readonly string[];
  /** Kinds named by a suffix ("X District" → district), or null. */
  hint: readonly PlaceKind[] | null;
  /** Whether the article names this key (normalized); asked only when needed. */
  mentioned: (key: string) => boolean;
  /** Places the article names that are already settled: namesakes near or beside them win. */
  anchors?: readonly Anchor[];
  /** For each other place name of the article, the points it could be: namesakes near many win. */
  neighbours?: readonly (readonly (readonly [number, number])[])[];
}

/** A place of the article already settled. */
export interface Anchor {
  coordinates: readonly [number, number];
  country: string | null;
  province: string | null;
}

// Nobody means the village when they write the name of a country or a metropolis a thousand
// times bigger: such a place wins before the article is read.
const OVERWHELMING_RATIO = 1000;
const OVERWHELMING_POPULATION = 1_000_000;
// A population decides alone when it dwarfs the next one; within a factor of two it decides nothing.
const DOMINANT_RATIO = 10;
const DOMINANT_POPULATION = 100_000;
const CLEAR_RATIO = 2;
const MAX_RIVALS = 10;
// Names shorter than this are too often common words of running text ("us", "nan").
const MIN_TEXT_KEY = 4;
// Evidence against population, in powers of ten of people: a state or county named in the
// article outweighs a namesake a thousand times bigger; a country named, or a settled place of
// the article nearby, one a hundred times bigger.
const ADMIN_WEIGHT = 3;
const COUNTRY_WEIGHT = 1;
const NEAR_WEIGHT = 2;
const NEAR_KM = 150;
const SAME_PROVINCE_WEIGHT = 1.5;
const SAME_COUNTRY_WEIGHT = 1;
// Each other name of the article that could lie nearby, up to three: Arlington beside Mansfield is
// the one in Texas even when neither is settled.
const NEIGHBOUR_WEIGHT = 1;
const MAX_NEIGHBOURS = 3;

const parentKeysOf = new WeakMap<GazetteerRow, Set<string>>();

/** Keys of the place's parents: its district, city, province, other admin names and country names. */
export function parentKeys(row: GazetteerRow, gazetteer: Gazetteer): Set<string> {
  let keys = parentKeysOf.get(row);
  if (keys === undefined) {
    keys = computeParentKeys(row, gazetteer);
    parentKeysOf.set(row, keys);
  }
  return keys;
}

function computeParentKeys(row: GazetteerRow, gazetteer: Gazetteer): Set<string> {
  const keys = new Set(adminKeys(row));
  const own = new Set(nameKeys(row.name));
  for (const key of gazetteer.countryKeys.get(row.country) ?? []) if (!own.has(key)) keys.add(key);
  return keys;
}

const adminKeysOf = new WeakMap<GazetteerRow, Set<string>>();

/** Keys of the place's admin parents below the country. */
export function adminKeys(row: GazetteerRow): Set<string> {
  let keys = adminKeysOf.get(row);
  if (keys === undefined) {
    keys = computeAdminKeys(row);
    adminKeysOf.set(row, keys);
  }
  return keys;
}

function computeAdminKeys(row: GazetteerRow): Set<string> {
  const own = new Set(nameKeys(row.name));
  const keys = new Set<string>();
  const names = [row.town, row.district, row.city, row.province, ...row.contextNames];
  for (const name of names) {
    if (name === null) continue;
    for (const key of nameKeys(name)) if (!own.has(key)) keys.add(key);
  }
  return keys;
}

const countryKeysCache = new WeakMap<GazetteerRow, Set<string>>();

/** Keys of the place's country, less the place's own name. */
function countryKeysOf(row: GazetteerRow, gazetteer: Gazetteer): Set<string> {
  let keys = countryKeysCache.get(row);
  if (keys === undefined) {
    const own = new Set(nameKeys(row.name));
    keys = new Set((gazetteer.countryKeys.get(row.country) ?? []).filter((k) => !own.has(k)));
    countryKeysCache.set(row, keys);
  }
  return keys;
}

/** What the article says for a place, in powers of ten of people (see the weights above). */
function articleEvidence(row: GazetteerRow, evidence: Evidence, gazetteer: Gazetteer): number {
  let score = 0;
  if (textScore(adminKeys(row), evidence.mentioned) > 0) score += ADMIN_WEIGHT;
  if (row.kind !== 'country' && textScore(countryKeysOf(row, gazetteer), evidence.mentioned) > 0)
    score += COUNTRY_WEIGHT;
  const here: [number, number] = [row.lon, row.lat];
  const anchors = evidence.anchors ?? [];
  if (anchors.some((a) => haversineKm(a.coordinates, here) <= NEAR_KM)) score += NEAR_WEIGHT;
  const nearby = (evidence.neighbours ?? []).filter((points) =>
    points.some((p) => haversineKm(p, here) <= NEAR_KM),
  ).length;
  score += NEIGHBOUR_WEIGHT * Math.min(nearby, MAX_NEIGHBOURS);
  if (row.kind === 'country' || anchors.length === 0) return score;
  // In proportion to the settled places there: one Chicago among ten places across the US does
  // not pull "Atlanta" to Illinois, a lone Dallas does pull "Paris" to Texas.
  const share = (n: number) => n / anchors.length;
  score += SAME_COUNTRY_WEIGHT * share(anchors.filter((a) => a.country === row.country).length);
  if (row.province !== null) {
    const inProvince = anchors.filter(
      (a) => a.province === row.province && a.country === row.country,
    ).length;
    score += SAME_PROVINCE_WEIGHT * share(inProvince);
  }
  return score;
}

/** The place is of a kind the suffix names, or of a guessed kind the suffix may correct. */
export function fitsHint(row: GazetteerRow, hint: readonly PlaceKind[]): boolean {
  return hint.includes(row.kind) || (row.kindGuessed && hint.some((k) => k !== 'province'));
}

function textScore(keys: Set<string>, mentioned: (key: string) => boolean): number {
  let score = 0;
  for (const key of keys) if (key.length >= MIN_TEXT_KEY && mentioned(key)) score++;
  return score;
}

/** Keeps the rows with the best score. */
function keepBest(rows: GazetteerRow[], score: (row: GazetteerRow) => number): GazetteerRow[] {
  const scores = rows.map(score);
  const best = Math.max(...scores);
  return rows.filter((_, i) => scores[i] === best);
}

/** The place, if any, a thousand times bigger than every other (rows sorted by population). */
function overwhelming(rows: readonly GazetteerRow[]): GazetteerRow | null {
  const [first, second] = rows;
  const people = first?.population ?? 0;
  const next = second?.population ?? 0;
  return people >= OVERWHELMING_POPULATION && people >= OVERWHELMING_RATIO * next
    ? (first ?? null)
    : null;
}

function byPopulation(a: GazetteerRow, b: GazetteerRow): number {
  return (b.population ?? 0) - (a.population ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Picks among places of the same name. Admin names of the phrase or context outrank a type
 * suffix, which outranks admin names elsewhere in the article; population only breaks ties,
 * except for a place a thousand times bigger than all its namesakes (China the country).
 */
export function chooseCandidate(
  candidates: readonly GazetteerRow[],
  evidence: Evidence,
  gazetteer: Gazetteer,
): Choice {
  const parents = new Map(candidates.map((row) => [row, parentKeys(row, gazetteer)]));
  const phraseScore = (row: GazetteerRow) =>
    evidence.qualifiers.filter((q) => parents.get(row)?.has(q) === true).length +
    (evidence.contextQualifiers ?? []).filter((q) => adminKeys(row).has(q)).length;
  const confirmed = (row: GazetteerRow) => phraseScore(row) > 0;

  let pool = [...candidates].sort(byPopulation);
  const [only] = pool;
  if (only === undefined) throw new Error('chooseCandidate needs at least one candidate');
  if (pool.length === 1)
    return { row: only, basis: 'unique', confirmed: confirmed(only), rivals: [] };

  const hint = evidence.hint;
  const stages: [ChoiceBasis, (row: GazetteerRow) => number][] = [
    ['phrase', phraseScore],
    ['suffix', (row) => (hint !== null && fitsHint(row, hint) ? 1 : 0)],
  ];
  for (const [basis, score] of stages) {
    pool = keepBest(pool, score);
    const [first] = pool;
    if (first !== undefined && pool.length === 1) {
      return { row: first, basis, confirmed: confirmed(first), rivals: [] };
    }
  }

  // The article's evidence weighed against population: a county or a settled place nearby beats
  // a namesake abroad, but a country named somewhere does not turn Moscow into a village.
  const giant = overwhelming(pool);
  const evidenceOf = new Map(pool.map((row) => [row, articleEvidence(row, evidence, gazetteer)]));
  const weight = (row: GazetteerRow) =>
    Math.log10(Math.max(row.population ?? 0, 1)) + (evidenceOf.get(row) ?? 0);
  const ranked = keepBest(pool, weight);
  const [winner] = ranked;
  if (winner !== undefined && ranked.length === 1) {
    if (winner === giant)
      return { row: winner, basis: 'overwhelming', confirmed: confirmed(winner), rivals: [] };
    const best = evidenceOf.get(winner) ?? 0;
    if (best > 0 && pool.every((row) => row === winner || (evidenceOf.get(row) ?? 0) < best)) {
      return { row: winner, basis: 'article', confirmed: confirmed(winner), rivals: [] };
    }
  }
  // Evidence that did not outweigh population still narrows the ties population must break.
  const leading = evidenceOf.get(winner ?? pool[0] ?? only) ?? 0;
  if (leading > 0) pool = pool.filter((row) => (evidenceOf.get(row) ?? 0) === leading);
  const [alone] = pool;
  if (alone !== undefined && pool.length === 1)
    return { row: alone, basis: 'article', confirmed: confirmed(alone), rivals: [] };

  const [top, next] = pool;
  if (top === undefined || next === undefined) throw new Error('unreachable: pool has two rows');
  const first = top.population ?? 0;
  const second = next.population ?? 0;
  if (first >= DOMINANT_POPULATION && first >= DOMINANT_RATIO * second) {
    return { row: top, basis: 'population', confirmed: confirmed(top), rivals: [] };
  }
  const basis = first > 0 && first >= CLEAR_RATIO * second ? 'most-populous' : 'ambiguous';
  // Rivals are the places a reader could mean: not the hamlets a tenth the size of the first.
  const rivals = pool
    .filter((row, i) => i < 2 || first === 0 || (row.population ?? 0) * DOMINANT_RATIO >= first)
    .slice(0, MAX_RIVALS);
  return { row: top, basis, confirmed: confirmed(top), rivals };
}
