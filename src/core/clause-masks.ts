// Which clause of the filters each event fails, one bit per clause, kept per store between calls:
// a filter change recomputes only the clause that changed, and a clause switched off keeps its
// bits for when it comes back.
import type { EventStore } from './event-store.ts';
import { includesUndated, type Filters } from './filters.ts';

export const TIME = 1;
export const THEME = 2;
export const TEXT = 4;
export const BBOX = 8;

interface ClauseState {
  fails: Uint8Array;
  rowBuffer: Uint32Array;
  /** What each clause's bit was last computed for (by bit position), null when never. */
  keys: Map<number, string>;
  /** The last search and which text parts it matched, to narrow the next one. */
  search: { q: string; matches: Uint8Array } | null;
}

const states = new WeakMap<EventStore, ClauseState>();

export interface ClauseFails {
  /** Per event, the bits of the clauses it fails; only bits in `active` are meaningful. */
  fails: Uint8Array;
  active: number;
  /** Scratch space for one row index per event, reused by every call on the store. */
  rowBuffer: Uint32Array;
}

export function clauseFails(store: EventStore, filters: Filters): ClauseFails {
  let state = states.get(store);
  if (state === undefined) {
    state = {
      fails: new Uint8Array(store.size),
      rowBuffer: new Uint32Array(store.size),
      keys: new Map(),
      search: null,
    };
    states.set(store, state);
  }
  let active = 0;
  const refresh = (bit: number, key: string | null, compute: () => void): void => {
    if (key === null) return;
    active |= bit;
    if (state.keys.get(bit) === key) return;
    compute();
    state.keys.set(bit, key);
  };
  const keepUndated = includesUndated(filters);
  const { years, bbox } = filters;
  const q = filters.q.trim().toLowerCase();
  const mask = themeMask(store, filters.themes);
  refresh(
    TIME,
    years === null && keepUndated
      ? null
      : `${String(years?.from)},${String(years?.to)},${String(keepUndated)}`,
    () => {
      timeFails(store, state.fails, years?.from ?? -Infinity, years?.to ?? Infinity, keepUndated);
    },
  );
  refresh(THEME, mask === null ? null : mask.join(','), () => {
    if (mask !== null) themeFails(store, state.fails, mask);
  });
  refresh(TEXT, q === '' ? null : q, () => {
    state.search = { q, matches: matchParts(store, q, state.search) };
    textFails(store, state.fails, state.search.matches);
  });
  refresh(BBOX, bbox === null ? null : bbox.join(','), () => {
    if (bbox !== null) bboxFails(store, state.fails, bbox);
  });
  return { fails: state.fails, active, rowBuffer: state.rowBuffer };
}

function timeFails(
  store: EventStore,
  fails: Uint8Array,
  from: number,
  to: number,
  keepUndated: boolean,
): void {
  const { year, size } = store;
  for (let i = 0; i < size; i++) {
    const y = year[i] as number;
    const ok = y === 0 ? keepUndated : y >= from && y <= to;
    fails[i] = ok ? (fails[i] as number) & ~TIME : (fails[i] as number) | TIME;
  }
}

function themeFails(store: EventStore, fails: Uint8Array, mask: Uint32Array): void {
  const { themeBits, themeWords: words, size } = store;
  for (let i = 0; i < size; i++) {
    let ok = false;
    for (let w = 0; w < words && !ok; w++)
      ok = ((themeBits[i * words + w] as number) & (mask[w] as number)) !== 0;
    fails[i] = ok ? (fails[i] as number) & ~THEME : (fails[i] as number) | THEME;
  }
}

function textFails(store: EventStore, fails: Uint8Array, matches: Uint8Array): void {
  const { nameId, placeId, organiserStart, organiserIds, size } = store;
  for (let i = 0; i < size; i++) {
    let ok = matches[nameId[i] as number] === 1 || matches[placeId[i] as number] === 1;
    const end = organiserStart[i + 1] as number;
    for (let k = organiserStart[i] as number; k < end && !ok; k++)
      ok = matches[organiserIds[k] as number] === 1;
    fails[i] = ok ? (fails[i] as number) & ~TEXT : (fails[i] as number) | TEXT;
  }
}

/** Which distinct text parts contain `q`; a query that extends or shortens the last one only re-tests the parts whose answer can change. */
function matchParts(store: EventStore, q: string, last: ClauseState['search']): Uint8Array {
  const parts = store.textParts;
  const matches = new Uint8Array(parts.length);
  const narrower = last !== null && q.includes(last.q);
  const wider = last !== null && last.q.includes(q);
  for (let p = 0; p < parts.length; p++) {
    const before = last?.matches[p] === 1;
    if (narrower && !before) continue;
    if (wider && before) matches[p] = 1;
    else if ((parts[p] as string).includes(q)) matches[p] = 1;
  }
  return matches;
}

function bboxFails(
  store: EventStore,
  fails: Uint8Array,
  [west, south, east, north]: readonly number[],
): void {
  const { lon, lat, size } = store;
  const wraps = (west as number) > (east as number);
  for (let i = 0; i < size; i++) {
    const x = lon[i] as number;
    const y = lat[i] as number;
    const inLon = wraps
      ? x >= (west as number) || x <= (east as number)
      : x >= (west as number) && x <= (east as number);
    const ok = inLon && y >= (south as number) && y <= (north as number);
    fails[i] = ok ? (fails[i] as number) & ~BBOX : (fails[i] as number) | BBOX;
  }
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
