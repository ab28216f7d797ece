// The same event reported by several articles becomes one event listing every source. Two drafts
// are the same event when their names share their distinctive words, their dates overlap or
// touch, and their places are near: each test allowing "unknown", but never all unknown at once.
import type { DatePrecision } from '../event.ts';
import { combineReports } from './combine-reports.ts';
import { haversineKm } from './distance.ts';
import type { EventDraft } from './event-draft.ts';
import { nameSimilarity, nameTokens, tokenWeight } from './event-name.ts';

export const MERGE_RULES = {
  /** Weighted Dice of name tokens needed when the dates or the places agree. */
  minNameSimilarity: 0.6,
  /** Needed when one of the two has no date: the name must carry more of the proof. */
  minNameSimilarityUndated: 0.8,
  maxDistanceKm: 50,
  /** Days allowed between the end of one and the start of the other. */
  maxDateGapDays: 1,
  /**
   * Drafts sharing a name word (in one year) are all compared only up to this many; past it, each
   * is compared with this many neighbours in name order, so merging stays near-linear when
   * thousands of articles share a word or repeat one story.
   */
  maxBlock: 64,
};

export interface Keyed {
  draft: EventDraft;
  article: string;
  tokens: string[];
  interval: [number, number] | null;
}

export function mergeDrafts(drafts: readonly EventDraft[]): EventDraft[] {
  const keyed = foldWithinArticles(
    drafts.map(toKeyed).sort((a, b) => compare(draftKey(a), draftKey(b))),
  );
  const pairs = scoredPairs(keyed).sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);

  // Union by best pair first; a cluster never holds two drafts of one article, because an
  // article that names two events (an expo and the conference after it) means they differ.
  const cluster = keyed.map((_, i) => i);
  const articles = keyed.map((k) => new Set([k.article]));
  const root = (i: number): number => {
    let r = i;
    while (cluster[r] !== r) r = cluster[r] ?? r;
    for (let c = i; cluster[c] !== r;) [c, cluster[c]] = [cluster[c] ?? r, r];
    return r;
  };
  for (const { i, j } of pairs) {
    const a = root(i);
    const b = root(j);
    if (a === b) continue;
    // The smaller set is checked against and poured into the larger: linear over all merges.
    const none = new Set<string>();
    const [small, large] = bySize(articles[a] ?? none, articles[b] ?? none);
    if ([...small].some((article) => large.has(article))) continue;
    const [keep, drop] = a < b ? [a, b] : [b, a];
    cluster[drop] = keep;
    for (const article of small) large.add(article);
    articles[keep] = large;
  }

  const groups = new Map<number, Keyed[]>();
  keyed.forEach((k, i) => {
    push(groups, root(i), k);
  });
  return [...groups.values()].map((members) =>
    members.length === 1 ? at(members, 0).draft : combineReports(members),
  );
}

/**
 * Within one article, an undated draft and a dated one whose name words, years, ordinals and
 * parenthetical acronyms aside, all recur in the other's ("Smart City Expo" from the headline,
 * "Smart City Expo World Congress" in the body, or the other way round) are that event told
 * twice when their places nest (Zhejiang holds Wuzhen): the undated one is folded into the dated.
 */
function foldWithinArticles(keyed: Keyed[]): Keyed[] {
  const byArticle = new Map<string, Keyed[]>();
  for (const k of keyed) push(byArticle, k.article, k);
  const folded = new Set<Keyed>();
  const hosts = new Map<Keyed, Keyed>();
  for (const group of byArticle.values()) {
    for (const undated of group) {
      if (undated.interval !== null) continue;
      const words = foldTokens(undated.draft.properties.name);
      let host: Keyed | undefined;
      let best = 0;
      for (const dated of group) {
        if (dated.interval === null) continue;
        if (!namesNest(words, foldTokens(dated.draft.properties.name))) continue;
        if (!placesNest(undated.draft, dated.draft)) continue;
        const similarity = nameSimilarity(undated.tokens, dated.tokens);
        if (similarity > best) [host, best] = [dated, similarity];
      }
      if (host === undefined) continue;
      folded.add(undated);
      hosts.set(host, foldInto(hosts.get(host) ?? host, undated));
    }
  }
  return keyed.filter((k) => !folded.has(k)).map((k) => hosts.get(k) ?? k);
}

function foldTokens(name: string): string[] {
  return nameTokens(name.replace(/\([^)]*\)/g, ' '));
}

/** One name's words all within the other's, and the shorter one says more than "the forum". */
function namesNest(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2 && !short.some((t) => tokenWeight(t) === 1)) return false;
  const words = new Set(long);
  return short.every((t) => words.has(t));
}

/** No admin level where both places are known and differ: one place may hold the other. */
function placesNest(a: EventDraft, b: EventDraft): boolean {
  const pa = a.properties;
  const pb = b.properties;
  if (pa.country === null && pb.country === null) return comparePlaces(a, b) !== 'apart';
  const levels = ['country', 'province', 'city', 'district'] as const;
  return levels.every((level) => {
    const [x, y] = [pa[level], pb[level]];
    return x === null || y === null || x.toLowerCase() === y.toLowerCase();
  });
}

/** The host keeps its sources, doubts and merge history: the folded draft was the same report. */
function foldInto(host: Keyed, guest: Keyed): Keyed {
  const combined = combineReports([host, guest]);
  combined.properties.sources = host.draft.properties.sources;
  combined.issues = host.draft.issues;
  combined.mergedFrom = host.draft.mergedFrom;
  return { ...host, draft: combined };
}

/** 0 when not the same event; otherwise the name similarity, so the surest pairs merge first. */
export function sameEventScore(a: Keyed, b: Keyed): number {
  const name = nameSimilarity(a.tokens, b.tokens);
  if (name < MERGE_RULES.minNameSimilarity) return 0;
  const dates = compareDates(a.interval, b.interval);
  const places = comparePlaces(a.draft, b.draft);
  if (dates === 'apart' || places === 'apart') return 0;
  if (dates === 'unknown' && places === 'unknown') return 0;
  if (dates === 'unknown' && name < MERGE_RULES.minNameSimilarityUndated) return 0;
  return name;
}

export function toKeyed(draft: EventDraft): Keyed {
  const p = draft.properties;
  return {
    draft,
    article: p.sources[0]?.file ?? '',
    tokens: nameTokens(p.name),
    interval: dateInterval(p.start, p.end, p.date_precision),
  };
}

function compareDates(
  a: [number, number] | null,
  b: [number, number] | null,
): 'overlap' | 'apart' | 'unknown' {
  if (a === null || b === null) return 'unknown';
  const gap = Math.max(a[0], b[0]) - Math.min(a[1], b[1]);
  return gap <= MERGE_RULES.maxDateGapDays ? 'overlap' : 'apart';
}

function comparePlaces(a: EventDraft, b: EventDraft): 'near' | 'apart' | 'unknown' {
  const pa = a.properties;
  const pb = b.properties;
  if (pa.country !== null && pb.country !== null && pa.country !== pb.country) return 'apart';
  if (pa.city !== null && pb.city !== null && pa.city.toLowerCase() === pb.city.toLowerCase()) {
    return 'near';
  }
  if (a.coordinates === null || b.coordinates === null) return 'unknown';
  return haversineKm(a.coordinates, b.coordinates) <= MERGE_RULES.maxDistanceKm ? 'near' : 'apart';
}

/** Day numbers covered by the date at its precision: a month-precision date covers the month. */
function dateInterval(
  start: string | null,
  end: string | null,
  precision: DatePrecision,
): [number, number] | null {
  if (start === null || precision === 'unknown') return null;
  const first = dayNumber(start);
  const last = dayNumber(end ?? start);
  if (first === null || last === null) return null;
  const [y, m] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  if (precision === 'year')
    return [Date.UTC(y, 0, 1) / 86_400_000, Date.UTC(y, 11, 31) / 86_400_000];
  if (precision === 'month') return [first, Date.UTC(y, m, 0) / 86_400_000];
  return [first, Math.max(first, last)];
}

function dayNumber(date: string): number | null {
  const ms = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
  return Number.isNaN(ms) ? null : ms / 86_400_000;
}

/**
 * Pairs worth comparing, with their score when above 0: drafts that share a distinctive name
 * token and whose years are at most one apart (an undated draft meets every year). A token shared
 * by more than `maxBlock` drafts pairs each only with its nearest neighbours in name order.
 */
function scoredPairs(keyed: readonly Keyed[]): { i: number; j: number; score: number }[] {
  const blocks = new Map<string, number[]>();
  keyed.forEach((k, i) => {
    const distinctive = k.tokens.filter((t) => tokenWeight(t) === 1);
    for (const token of new Set(distinctive.length > 0 ? distinctive : k.tokens)) {
      push(blocks, token, i);
    }
  });
  const years = keyed.map((k) => (k.interval === null ? null : yearOfDay(k.interval[0])));
  const partners = keyed.map(() => new Set<number>());
  const meet = (i: number, j: number): void => {
    const [a, b] = [years[i] ?? null, years[j] ?? null];
    if (i === j || (a !== null && b !== null && Math.abs(a - b) > 1)) return;
    partners[Math.min(i, j)]?.add(Math.max(i, j));
  };
  for (const members of blocks.values()) {
    if (members.length <= MERGE_RULES.maxBlock) {
      for (const i of members) for (const j of members) meet(i, j);
      continue;
    }
    const order = members
      .map((i) => ({ i, key: `${[...at(keyed, i).tokens].sort().join(' ')}|${years[i] ?? ''}` }))
      .sort((a, b) => compare(a.key, b.key) || a.i - b.i);
    order.forEach(({ i }, p) => {
      const near = order.slice(p + 1, p + 1 + MERGE_RULES.maxBlock / 2);
      for (const { i: j } of near) meet(i, j);
    });
  }
  const pairs: { i: number; j: number; score: number }[] = [];
  partners.forEach((set, i) => {
    for (const j of set) {
      const score = sameEventScore(at(keyed, i), at(keyed, j));
      if (score > 0) pairs.push({ i, j, score });
    }
  });
  return pairs;
}

function bySize<T>(a: Set<T>, b: Set<T>): [Set<T>, Set<T>] {
  return a.size <= b.size ? [a, b] : [b, a];
}

function draftKey(k: Keyed): string {
  const p = k.draft.properties;
  return [k.article, p.start ?? '', p.name, p.place ?? '', p.role].join('\u0000');
}

function yearOfDay(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new RangeError(`index ${index} out of range`);
  return item;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
