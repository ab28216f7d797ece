// Sorting the table without making event objects per row: for each sort key, the store's
// indices are ordered once per dataset (cached), and sorting any filtered subset is one pass over
// that order, keeping the members. Events without a value (undated, unplaced…) sort last either way.
import type { EventStore } from '../../core/event-store.ts';
import { dateSortKey } from '../../core/format-date.ts';
import { placeLabel } from '../../core/format-place.ts';
import { themeDisplay } from '../../core/format-theme.ts';
import { rankTexts, type TextRanks } from '../../core/rank-texts.ts';
import { rankTextsInWorker, type TextRanker } from './rank-texts-in-worker.ts';

export type SortKey = 'date' | 'name' | 'place' | 'themes' | 'format' | 'participants';
export type SortDirection = 'asc' | 'desc';

export interface TableSort {
  key: SortKey;
  dir: SortDirection;
}

export const defaultTableSort: TableSort = { key: 'date', dir: 'asc' };

interface SortOrder {
  /** Store indices: those with a value in ascending order, then those without, in store order. */
  order: Uint32Array;
  /** How many entries of `order` have a value. */
  valued: number;
}

type SortValue = string | number | null;

/** Sort keys whose values are coded (see `coded` below). */
type CodedKey = 'name' | 'themes';

const sortValue: Record<Exclude<SortKey, CodedKey>, (store: EventStore, i: number) => SortValue> = {
  date: (s, i) => {
    const start = s.read(i, 'start');
    if (start === null || s.read(i, 'date_precision') === 'unknown') return null;
    return dateKey(s, start);
  },
  place: (s, i) => {
    const place = s.read(i, 'place');
    // placeLabel is the place as written whenever there is one: the other six fields are read
    // only for an event without it (a million events sort by place in a fifth of the time).
    if (place !== null && place.trim() !== '') return place;
    return placeLabel({
      place,
      venue: s.read(i, 'venue'),
      town: s.read(i, 'town'),
      district: s.read(i, 'district'),
      city: s.read(i, 'city'),
      province: s.read(i, 'province'),
      country: s.read(i, 'country'),
    });
  },
  format: (s, i) => s.read(i, 'format'),
  participants: (s, i) => s.read(i, 'participants'),
};

function themeLabel(themes: readonly string[]): string | null {
  return themes.length === 0 ? null : themes.map((t) => themeDisplay(t).label).join(', ');
}

/**
 * Each event's theme list as a code, one label per distinct list. A list is looked up by its theme
 * ids written as one number in base (themes + 1), digits from 1, so that no two lists share it:
 * one lookup of a small number per event instead of a walk through nested maps (a million events
 * sort by themes in about half the time). A list too long for a number keeps its ids as text.
 */
function themeCodes(store: EventStore): Coded {
  const { themeIds, themeStart } = store;
  const base = store.themes.length + 1;
  const byNumber = new Map<number, number>();
  const byText = new Map<string, number>();
  const codes = new Uint32Array(store.size);
  const values: SortValue[] = [];
  for (let i = 0; i < store.size; i++) {
    const from = themeStart[i] as number;
    const to = themeStart[i + 1] as number;
    let key = 0;
    for (let k = from; k < to; k++) key = key * base + (themeIds[k] as number) + 1;
    const exact = Number.isSafeInteger(key);
    const text = exact ? '' : themeIds.subarray(from, to).join(',');
    let code = exact ? byNumber.get(key) : byText.get(text);
    if (code === undefined) {
      code = values.length;
      values.push(themeLabel(store.eventThemes(i)));
      if (exact) byNumber.set(key, code);
      else byText.set(text, code);
    }
    codes[i] = code;
  }
  return { codes, values };
}

// A dataset has far fewer distinct dates than events, and the store hands out each as one string:
// parsing each once instead of once per event takes ordering a million events by date from about
// 100 ms to 20.
const dateKeys = new WeakMap<EventStore, Map<string, number | null>>();

function dateKey(store: EventStore, start: string): number | null {
  const keys = mapOf(dateKeys, store);
  let key = keys.get(start);
  if (key === undefined) {
    key = dateSortKey(start, 'day');
    keys.set(start, key);
  }
  return key;
}

const cache = new WeakMap<EventStore, Map<SortKey, SortOrder>>();
const preparing = new WeakMap<EventStore, Map<SortKey, Promise<void>>>();
const scratch = new WeakMap<EventStore, Uint8Array>();

/** `rows` (store indices) in the order of `sort`. */
export function sortRows(store: EventStore, rows: Uint32Array, sort: TableSort): Uint32Array {
  const { order, valued } = sortOrder(store, sort.key);
  // Every event passes: no membership test needed (the unfiltered table at 100k events).
  const all = rows.length === store.size;
  const member = all ? null : membership(store);
  if (member !== null) for (let i = 0; i < rows.length; i++) member[rows[i] as number] = 1;
  const keep = (i: number) => member === null || member[i] === 1;
  const out = new Uint32Array(rows.length);
  let n = 0;
  if (sort.dir === 'asc') {
    for (let k = 0; k < valued; k++) {
      const i = order[k] as number;
      if (keep(i)) out[n++] = i;
    }
  } else {
    for (let k = valued - 1; k >= 0; k--) {
      const i = order[k] as number;
      if (keep(i)) out[n++] = i;
    }
  }
  for (let k = valued; k < order.length; k++) {
    const i = order[k] as number;
    if (keep(i)) out[n++] = i;
  }
  if (member !== null) for (let i = 0; i < rows.length; i++) member[rows[i] as number] = 0;
  return out;
}

/** One zeroed flag per event, reused by every sort of the store (it is cleared after each). */
function membership(store: EventStore): Uint8Array {
  let flags = scratch.get(store);
  if (flags === undefined) {
    flags = new Uint8Array(store.size);
    scratch.set(store, flags);
  }
  return flags;
}

export function sortOrder(store: EventStore, key: SortKey): SortOrder {
  let order = cached(store, key);
  if (order === undefined) {
    const { codes, values } = sortValues(store, key);
    const distinct = distinctOf(values);
    order = orderOf(codes, values, distinct, rankTexts(distinct.texts, distinct.numbers.length));
    keep(store, key, order);
  }
  return order;
}

/** More distinct texts than this are ranked in a worker (prepareSortOrder). */
export const rankInWorkerAbove = 20_000;

/**
 * Whether `sortOrder` answers at once: the order is built, or cheap to build here. Names of a large
 * dataset are not (a million events' names take ~0.5 s to rank): prepare them first.
 */
export function sortOrderReady(store: EventStore, key: SortKey): boolean {
  return (
    cached(store, key) !== undefined ||
    key !== 'name' ||
    store.textParts.length <= rankInWorkerAbove
  );
}

/**
 * Builds the order of `key`: here when that is cheap, else its texts ranked by `ranker` (by default
 * in a worker, off the page's thread); resolves once `sortOrder` has it. Asked again meanwhile, it
 * gives the same promise.
 */
export function prepareSortOrder(
  store: EventStore,
  key: SortKey,
  ranker: TextRanker = rankTextsInWorker,
): Promise<void> {
  if (sortOrderReady(store, key)) {
    sortOrder(store, key);
    return Promise.resolve();
  }
  const byKey = mapOf(preparing, store);
  let promise = byKey.get(key);
  if (promise === undefined) {
    const { codes, values } = sortValues(store, key);
    const distinct = distinctOf(values);
    promise = ranker(distinct.texts, distinct.numbers.length).then((ranks) => {
      if (cached(store, key) === undefined)
        keep(store, key, orderOf(codes, values, distinct, ranks));
    });
    const forget = (): void => {
      byKey.delete(key);
    };
    promise.then(forget, forget);
    byKey.set(key, promise);
  }
  return promise;
}

function cached(store: EventStore, key: SortKey): SortOrder | undefined {
  return cache.get(store)?.get(key);
}

function keep(store: EventStore, key: SortKey, order: SortOrder): void {
  mapOf(cache, store).set(key, order);
}

/** The store's map in `maps`, made empty the first time. */
function mapOf<K, V>(maps: WeakMap<EventStore, Map<K, V>>, store: EventStore): Map<K, V> {
  let map = maps.get(store);
  if (map === undefined) {
    map = new Map();
    maps.set(store, map);
  }
  return map;
}

/**
 * Each event's sort value as a code into a list of distinct values, for keys with far fewer
 * distinct values than events: the values are ranked once, and events by their code's rank, with
 * no pass over a million strings. Names are the store's search parts (lower-cased: the collator
 * ignores case anyway); theme lists are coded as they are met.
 */
const coded: Record<CodedKey, (store: EventStore) => Coded> = {
  name: (store) => ({ codes: store.nameId, values: store.textParts }),
  themes: themeCodes,
};

interface Coded {
  codes: Uint32Array;
  values: readonly SortValue[];
}

/** The values to rank: one per code (codes: each event's), or one per event (codes null). */
function sortValues(
  store: EventStore,
  key: SortKey,
): { codes: Uint32Array | null; values: SortValue[] } {
  if (key === 'name' || key === 'themes') {
    const { codes, values } = coded[key](store);
    return { codes, values: values.map(blankAsNone) };
  }
  const valueOf = sortValue[key];
  const values = new Array<SortValue>(store.size);
  for (let i = 0; i < store.size; i++) values[i] = blankAsNone(valueOf(store, i));
  return { codes: null, values };
}

function orderOf(
  codes: Uint32Array | null,
  values: readonly SortValue[],
  distinct: Distinct,
  textRanks: TextRanks,
): SortOrder {
  const { rank: rankOfValue, distinct: ranks } = rankValues(values, distinct, textRanks);
  if (codes === null) return orderByRank(rankOfValue, ranks);
  const rank = new Uint32Array(codes.length);
  for (let i = 0; i < codes.length; i++) rank[i] = rankOfValue[codes[i] as number] as number;
  return orderByRank(rank, ranks);
}

function blankAsNone(value: SortValue): SortValue {
  return typeof value === 'string' && value.trim() === '' ? null : value;
}

function orderByRank(rank: Uint32Array, distinct: number): SortOrder {
  const size = rank.length;
  // Ranks are dense (below `distinct`), so a counting sort orders them in linear time, and it is
  // stable: equal values keep store order. Rank `distinct` stands for "no value" and goes last.
  const next = new Uint32Array(distinct + 1);
  for (let i = 0; i < size; i++) {
    const r = rank[i] as number;
    next[r] = (next[r] as number) + 1;
  }
  const missing = next[distinct] as number;
  for (let r = 0, start = 0; r <= distinct; r++) {
    const count = next[r] as number;
    next[r] = start;
    start += count;
  }
  const order = new Uint32Array(size);
  for (let i = 0; i < size; i++) {
    const r = rank[i] as number;
    const at = next[r] as number;
    order[at] = i;
    next[r] = at + 1;
  }
  return { order, valued: size - missing };
}

/** The distinct texts, the distinct finite numbers in order, and which text each value is. */
interface Distinct {
  texts: string[];
  numbers: number[];
  /** Per value: the index of its text in `texts`, -1 when it is not a text. */
  textOf: Int32Array;
}

function distinctOf(values: readonly SortValue[]): Distinct {
  const index = new Map<string, number>();
  const texts: string[] = [];
  const numbers = new Set<number>();
  const textOf = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'string') {
      let k = index.get(v);
      if (k === undefined) {
        k = texts.length;
        texts.push(v);
        index.set(v, k);
      }
      textOf[i] = k;
    } else if (typeof v === 'number' && Number.isFinite(v)) numbers.add(v);
  }
  return { texts, numbers: [...Float64Array.from(numbers).sort()], textOf };
}

/**
 * Dense rank of each value among the distinct values (`distinct` for none): numbers, then texts
 * (ranked from after the numbers; texts the collator holds equal share a rank).
 */
function rankValues(
  values: readonly SortValue[],
  { numbers, textOf }: Distinct,
  textRanks: TextRanks,
): { rank: Uint32Array; distinct: number } {
  // A column holds one kind, but a user's dataset may mix them.
  const numberRank = new Map<number, number>();
  numbers.forEach((n, k) => numberRank.set(n, k));
  const distinct = textRanks.end;
  const rank = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const k = textOf[i] as number;
    const v = values[i];
    if (k >= 0) rank[i] = textRanks.ranks[k] as number;
    else rank[i] = typeof v === 'number' ? (numberRank.get(v) ?? distinct) : distinct;
  }
  return { rank, distinct };
}
