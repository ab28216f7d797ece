// The cross-filter's memory of the last filters, kept per store: which clauses each event fails
// (one bit per clause) and the chart counts that follow from it. A filter change recomputes only
// the clause that changed. A year range or a theme toggle visits only the events of the years or
// themes that changed and moves just those between the counts, the way crossfilter2 keeps its
// groups; a clause that must test every event (search, map view, a theme filter switched on or
// off) is followed by one recount, cheaper than moving most events one by one.
import type { EventStore } from './event-store.ts';
import { includesUndated, type BBox, type Filters } from './filters.ts';

export const TIME = 1;
export const THEME = 2;
export const TEXT = 4;
export const BBOX = 8;

export interface CrossFilterState {
  /** Per event, the clauses it fails; an inactive clause fails no event. */
  fails: Uint8Array;
  /** Events per year slot and year-month slot passing every clause but time; undated apart. */
  yearCounts: Uint32Array;
  monthCounts: Uint32Array;
  undated: number;
  /** Events per theme id passing every clause but theme. */
  themeCounts: Uint32Array;
  /** Scratch space for one row index per event. */
  rowBuffer: Uint32Array;
}

interface State extends CrossFilterState {
  /** What each clause was last computed for; null while the clause is off. */
  keys: Record<'time' | 'theme' | 'text' | 'bbox', string | null>;
  /** Per year slot (the last slot: undated), 1 when its events pass the time clause. */
  yearPass: Uint8Array;
  themeMask: Uint32Array | null;
  search: { q: string; matches: Uint8Array } | null;
  /** Events of each search part (name, place line, organiser); built at the first search. */
  byPart: Postings | null;
  /** Scratch space: 1 for each event that a matching part belongs to. */
  hits: Uint8Array;
  byYear: Postings;
  byTheme: Postings;
  /** The counts no longer follow the bits: recount before reading them. */
  stale: boolean;
  /** Scratch space for the events whose bit one clause update flipped. */
  flipped: Uint32Array;
}

/** Event indices grouped by a key: `ids[start[k] .. start[k + 1]]` hold the events of key k. */
interface Postings {
  ids: Uint32Array;
  start: Uint32Array;
}

const states = new WeakMap<EventStore, State>();

/**
 * Brings the store's clause bits up to `filters` and returns the state; its counts are current
 * once `collectRows` has run. The caller must not change it.
 */
export function updateCrossFilter(store: EventStore, filters: Filters): CrossFilterState {
  let state = states.get(store);
  if (state === undefined) {
    state = createState(store);
    states.set(store, state);
  }
  updateTime(store, state, filters);
  updateTheme(store, state, filters);
  updateText(store, state, filters);
  updateBox(store, state, filters.bbox);
  return state;
}

function yearSlots(store: EventStore): number {
  return store.maxYear >= store.minYear && store.maxYear !== 0
    ? store.maxYear - store.minYear + 1
    : 0;
}

function createState(store: EventStore): State {
  const years = yearSlots(store);
  const state: State = {
    fails: new Uint8Array(store.size),
    yearCounts: new Uint32Array(years),
    monthCounts: new Uint32Array(years * 12),
    undated: 0,
    themeCounts: new Uint32Array(store.themes.length),
    rowBuffer: new Uint32Array(store.size),
    keys: { time: null, theme: null, text: null, bbox: null },
    yearPass: new Uint8Array(years + 1).fill(1),
    themeMask: null,
    search: null,
    byPart: null,
    hits: new Uint8Array(store.size),
    byYear: postings(years + 1, (visit) => {
      for (let i = 0; i < store.size; i++) {
        const y = store.year[i] as number;
        visit(y === 0 ? years : y - store.minYear, i);
      }
    }),
    byTheme: themePostings(store),
    stale: true,
    flipped: new Uint32Array(store.size),
  };
  return state;
}

/**
 * Writes the indices of the events passing every clause into the row buffer and returns how many
 * there are, recounting the charts in the same pass when a clause changed every event's bit.
 */
export function collectRows(store: EventStore, state: CrossFilterState): number {
  const own = state as State;
  return own.stale ? recountWithRows(store, own) : rowsOnly(state);
}

function rowsOnly({ fails, rowBuffer: rows }: CrossFilterState): number {
  let count = 0;
  for (let i = 0; i < fails.length; i++) {
    rows[count] = i;
    count += fails[i] === 0 ? 1 : 0;
  }
  return count;
}

function recountWithRows(store: EventStore, state: State): number {
  const { size, year, month, minYear, themeBits, themeWords: words } = store;
  const { fails, yearCounts, monthCounts, themeCounts, rowBuffer: rows } = state;
  yearCounts.fill(0);
  monthCounts.fill(0);
  themeCounts.fill(0);
  let undated = 0;
  let count = 0;
  for (let i = 0; i < size; i++) {
    const failed = fails[i] as number;
    if (failed !== 0 && failed !== TIME && failed !== THEME) continue;
    if (failed !== THEME) {
      const y = year[i] as number;
      if (y === 0) undated++;
      else {
        const slot = y - minYear;
        yearCounts[slot] = (yearCounts[slot] as number) + 1;
        const m = month[i] as number;
        if (m >= 0) monthCounts[slot * 12 + m] = (monthCounts[slot * 12 + m] as number) + 1;
      }
    }
    if (failed !== TIME) {
      for (let w = 0; w < words; w++) {
        let bits = themeBits[i * words + w] as number;
        while (bits !== 0) {
          const b = 31 - Math.clz32(bits);
          themeCounts[w * 32 + b] = (themeCounts[w * 32 + b] as number) + 1;
          bits ^= 1 << b;
        }
      }
    }
    if (failed === 0) rows[count++] = i;
  }
  state.undated = undated;
  state.stale = false;
  return count;
}

/**
 * Moves the events whose `bit` an update just flipped (the first `count` of `state.flipped`)
 * between the chart counts; when many events flipped, one recount is cheaper and is left to
 * `collectRows` (a recount costs about a quarter of moving every event one by one).
 */
function settle(store: EventStore, state: State, bit: number, count: number): void {
  if (state.stale) return;
  if (count > store.size / 4) {
    state.stale = true;
    return;
  }
  const { year, month, minYear, themeBits, themeWords: words } = store;
  const { fails, flipped, yearCounts, monthCounts, themeCounts } = state;
  for (let k = 0; k < count; k++) {
    const i = flipped[k] as number;
    const after = fails[i] as number;
    const before = after ^ bit;
    // The time chart counts events failing nothing but (perhaps) time; the theme chart likewise.
    const yearAfter = (after & ~TIME) === 0;
    if (((before & ~TIME) === 0) !== yearAfter) {
      const delta = yearAfter ? 1 : -1;
      const y = year[i] as number;
      if (y === 0) state.undated += delta;
      else {
        const slot = y - minYear;
        yearCounts[slot] = (yearCounts[slot] as number) + delta;
        const m = month[i] as number;
        if (m >= 0) monthCounts[slot * 12 + m] = (monthCounts[slot * 12 + m] as number) + delta;
      }
    }
    const themeAfter = (after & ~THEME) === 0;
    if (((before & ~THEME) === 0) !== themeAfter) {
      const delta = themeAfter ? 1 : -1;
      for (let w = 0; w < words; w++) {
        let bits = themeBits[i * words + w] as number;
        while (bits !== 0) {
          const b = 31 - Math.clz32(bits);
          const t = w * 32 + b;
          themeCounts[t] = (themeCounts[t] as number) + delta;
          bits ^= 1 << b;
        }
      }
    }
  }
}

/** Clears one clause bit of every event: its clause is off. */
function clearBit(store: EventStore, state: State, bit: number): void {
  const { fails, flipped } = state;
  let count = 0;
  for (let i = 0; i < fails.length; i++) {
    const f = fails[i] as number;
    if ((f & bit) === 0) continue;
    fails[i] = f & ~bit;
    flipped[count++] = i;
  }
  settle(store, state, bit, count);
}

function updateTime(store: EventStore, state: State, filters: Filters): void {
  const keep = includesUndated(filters);
  const { years } = filters;
  const key =
    years === null && keep ? null : `${String(years?.from)}-${String(years?.to)},${String(keep)}`;
  if (key === state.keys.time) return;
  state.keys.time = key;
  const slots = state.yearPass.length - 1;
  const { byYear, fails, flipped } = state;
  let count = 0;
  for (let slot = 0; slot <= slots; slot++) {
    const year = store.minYear + slot;
    const pass = slot === slots ? keep : years === null || (year >= years.from && year <= years.to);
    if ((state.yearPass[slot] === 1) === pass) continue;
    state.yearPass[slot] = pass ? 1 : 0;
    const end = byYear.start[slot + 1] as number;
    for (let k = byYear.start[slot] as number; k < end; k++) {
      const i = byYear.ids[k] as number;
      const f = fails[i] as number;
      fails[i] = pass ? f & ~TIME : f | TIME;
      flipped[count++] = i;
    }
  }
  settle(store, state, TIME, count);
}

function updateTheme(store: EventStore, state: State, filters: Filters): void {
  const mask = themeMask(store, filters.themes);
  const key = mask === null ? null : mask.join(',');
  if (key === state.keys.theme) return;
  state.keys.theme = key;
  const before = state.themeMask;
  state.themeMask = mask;
  if (mask === null) {
    clearBit(store, state, THEME);
    return;
  }
  const { themeBits, themeWords: words } = store;
  const misses = (i: number): boolean => {
    for (let w = 0; w < words; w++) {
      if (((themeBits[i * words + w] as number) & (mask[w] as number)) !== 0) return false;
    }
    return true;
  };
  const { fails, flipped, byTheme } = state;
  let count = 0;
  const update = (i: number): void => {
    const f = fails[i] as number;
    const next = misses(i) ? f | THEME : f & ~THEME;
    if (next === f) return;
    fails[i] = next;
    flipped[count++] = i;
  };
  if (before === null) {
    for (let i = 0; i < fails.length; i++) update(i);
    settle(store, state, THEME, count);
    return;
  }
  // Between two theme selections only the events of a theme selected in one of them can change.
  for (let t = 0; t < store.themes.length; t++) {
    const bit = 1 << (t & 31);
    const w = t >>> 5;
    if (((before[w] as number) & bit) === ((mask[w] as number) & bit)) continue;
    const end = byTheme.start[t + 1] as number;
    for (let k = byTheme.start[t] as number; k < end; k++) update(byTheme.ids[k] as number);
  }
  settle(store, state, THEME, count);
}

function updateText(store: EventStore, state: State, filters: Filters): void {
  const q = filters.q.trim().toLowerCase();
  const key = q === '' ? null : q;
  const last = state.keys.text;
  if (key === last) return;
  state.keys.text = key;
  if (key === null) {
    clearBit(store, state, TEXT);
    return;
  }
  const matches = matchParts(store, key, state.search);
  state.search = { q: key, matches };
  // Marks the events of every matching part, then sets each event's bit in one sequential pass:
  // cheaper than looking up each event's name, place and organisers among the matches.
  const byPart = (state.byPart ??= partPostings(store));
  const { fails, flipped, hits } = state;
  hits.fill(0);
  for (let p = 0; p < matches.length; p++) {
    if (matches[p] === 0) continue;
    const end = byPart.start[p + 1] as number;
    for (let k = byPart.start[p] as number; k < end; k++) hits[byPart.ids[k] as number] = 1;
  }
  let count = 0;
  for (let i = 0; i < fails.length; i++) {
    const f = fails[i] as number;
    const next = hits[i] === 1 ? f & ~TEXT : f | TEXT;
    if (next === f) continue;
    fails[i] = next;
    flipped[count++] = i;
  }
  settle(store, state, TEXT, count);
}

/**
 * Which distinct text parts contain `q`. A query extending the last one can only match parts the
 * last one matched; a query the last one extends matches all of those.
 */
function matchParts(store: EventStore, q: string, last: State['search']): Uint8Array {
  const parts = store.textParts;
  const matches = new Uint8Array(parts.length);
  const before = last?.matches ?? matches;
  // 1: only parts the last query matched can match; 2: those all match; 0: test every part.
  const mode = last === null ? 0 : q.includes(last.q) ? 1 : last.q.includes(q) ? 2 : 0;
  for (let p = 0; p < parts.length; p++) {
    const matched = before[p] === 1;
    if (mode === 1 && !matched) continue;
    if ((mode === 2 && matched) || (parts[p] as string).includes(q)) matches[p] = 1;
  }
  return matches;
}

function updateBox(store: EventStore, state: State, bbox: BBox | null): void {
  const key = bbox === null ? null : bbox.join(',');
  if (key === state.keys.bbox) return;
  state.keys.bbox = key;
  if (bbox === null) {
    clearBit(store, state, BBOX);
    return;
  }
  const { lon, lat } = store;
  const [west, south, east, north] = bbox;
  const wraps = west > east;
  const { fails, flipped } = state;
  let count = 0;
  for (let i = 0; i < fails.length; i++) {
    const x = lon[i] as number;
    const y = lat[i] as number;
    const inLon = wraps ? x >= west || x <= east : x >= west && x <= east;
    const f = fails[i] as number;
    const next = inLon && y >= south && y <= north ? f & ~BBOX : f | BBOX;
    if (next === f) continue;
    fails[i] = next;
    flipped[count++] = i;
  }
  settle(store, state, BBOX, count);
}

function themeMask(store: EventStore, slugs: readonly string[]): Uint32Array | null {
  if (slugs.length === 0) return null;
  const mask = new Uint32Array(store.themeWords);
  for (const slug of slugs) {
    const id = store.themes.indexOf(slug);
    if (id >= 0) mask[id >>> 5] = (mask[id >>> 5] as number) | (1 << (id & 31));
  }
  return mask;
}

/**
 * Groups events by key in [0, keys) with a counting sort: `each` calls `visit` once per (key,
 * event) pair, in event order, and is called twice (to count, then to place).
 */
function postings(keys: number, each: (visit: (key: number, i: number) => void) => void): Postings {
  const start = new Uint32Array(keys + 1);
  each((key) => {
    start[key + 1] = (start[key + 1] as number) + 1;
  });
  for (let k = 0; k < keys; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  const next = start.slice(0, keys);
  const ids = new Uint32Array(start[keys] as number);
  each((key, i) => {
    ids[next[key] as number] = i;
    next[key] = (next[key] as number) + 1;
  });
  return { ids, start };
}

/** Events of each theme id: an event appears once under each of its themes. */
function themePostings(store: EventStore): Postings {
  const words = store.themeWords;
  return postings(store.themes.length, (visit) => {
    for (let i = 0; i < store.size; i++) {
      for (let w = 0; w < words; w++) {
        let bits = store.themeBits[i * words + w] as number;
        while (bits !== 0) {
          const b = 31 - Math.clz32(bits);
          visit(w * 32 + b, i);
          bits ^= 1 << b;
        }
      }
    }
  });
}

/** Events of each text part: an event appears under its name, its place line and each organiser. */
function partPostings(store: EventStore): Postings {
  const { size, nameId, placeId, organiserStart, organiserIds } = store;
  return postings(store.textParts.length, (visit) => {
    for (let i = 0; i < size; i++) {
      visit(nameId[i] as number, i);
      visit(placeId[i] as number, i);
      const end = organiserStart[i + 1] as number;
      for (let k = organiserStart[i] as number; k < end; k++) visit(organiserIds[k] as number, i);
    }
  });
}
