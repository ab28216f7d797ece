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
  /** Keys of the names qualifying the place in its phrase and context ("shanghai", "jiading"). */
  qualifiers: readonly string[];
  /** Kinds named by a suffix ("X District" → district), or null. */
  hint: readonly PlaceKind[] | null;
  /** Whether the article names this key (normalized); asked only when needed. */
  mentioned: (key: string) => boolean;
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
  const own = new Set(nameKeys(row.name));
  const keys = new Set<string>();
  const names = [row.town, row.district, row.city, row.province, ...row.contextNames];
  for (const name of names) {
    if (name === null) continue;
    for (const key of nameKeys(name)) if (!own.has(key)) keys.add(key);
  }
  for (const key of gazetteer.countryKeys.get(row.country) ?? []) if (!own.has(key)) keys.add(key);
  return keys;
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
    evidence.qualifiers.filter((q) => parents.get(row)?.has(q) === true).length;
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
    ['overwhelming', (row) => (row === overwhelming(pool) ? 1 : 0)],
    ['article', (row) => textScore(parents.get(row) ?? new Set(), evidence.mentioned)],
  ];
  for (const [basis, score] of stages) {
    pool = keepBest(pool, score);
    const [first] = pool;
    if (first !== undefined && pool.length === 1) {
      return { row: first, basis, confirmed: confirmed(first), rivals: [] };
    }
  }

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
