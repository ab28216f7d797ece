// A columnar view of the events, built once per dataset so that every filter change only reads
// typed arrays instead of walking feature objects.
import type { EventFeature } from './event.ts';

export interface EventStore {
  size: number;
  features: readonly EventFeature[];
  /** Year of the start date; 0 when undated. */
  year: Int16Array;
  /** Month (0-11) of the start date when known to month precision or better; -1 otherwise. */
  month: Int8Array;
  /** Theme dictionary: slug of each theme id, in first-seen order. */
  themes: string[];
  /** Bit set of theme ids, `themeWords` 32-bit words per event. */
  themeBits: Uint32Array;
  themeWords: number;
  /** NaN when the event has no geometry. */
  lon: Float64Array;
  lat: Float64Array;
  /** Lower-cased text the search clause looks in (fields joined by newlines); built on first read. */
  text: string[];
  minYear: number;
  maxYear: number;
  /**
   * The same search text, dictionary-encoded: each distinct lower-cased name, place line (place,
   * venue, town, district, city, province, country) and organiser once. A search tests each distinct
   * string once, then each event by id.
   */
  textParts: string[];
  /** Part id of each event's name. */
  nameId: Uint32Array;
  /** Part id of each event's place line. */
  placeId: Uint32Array;
  /** Organiser part ids of event i: `organiserIds[organiserStart[i] .. organiserStart[i + 1]]`. */
  organiserStart: Uint32Array;
  organiserIds: Uint32Array;
}

export function buildEventStore(features: readonly EventFeature[]): EventStore {
  const size = features.length;
  const themeIndex = new Map<string, number>();
  let organiserCount = 0;
  for (const f of features) {
    for (const t of f.properties.themes) if (!themeIndex.has(t)) themeIndex.set(t, themeIndex.size);
    organiserCount += f.properties.organisers.length;
  }
  const themeWords = Math.max(1, Math.ceil(themeIndex.size / 32));
  const parts = new Map<string, number>();
  const partId = (s: string): number => {
    const lower = s.toLowerCase();
    let id = parts.get(lower);
    if (id === undefined) parts.set(lower, (id = parts.size));
    return id;
  };
  let text: string[] | null = null;
  const store: EventStore = {
    size,
    features,
    year: new Int16Array(size),
    month: new Int8Array(size),
    themes: [...themeIndex.keys()],
    themeBits: new Uint32Array(size * themeWords),
    themeWords,
    lon: new Float64Array(size),
    lat: new Float64Array(size),
    // Joined strings for a million events would weigh hundreds of megabytes; the search reads
    // the dictionary below, so this is only built for a caller that asks for it.
    get text() {
      return (text ??= features.map(searchText));
    },
    minYear: 0,
    maxYear: 0,
    textParts: [],
    nameId: new Uint32Array(size),
    placeId: new Uint32Array(size),
    organiserStart: new Uint32Array(size + 1),
    organiserIds: new Uint32Array(organiserCount),
  };
  let minYear = Infinity;
  let maxYear = -Infinity;
  let organiserAt = 0;
  for (let i = 0; i < size; i++) {
    const f = features[i] as EventFeature;
    const p = f.properties;
    const year = p.year ?? 0;
    store.year[i] = year;
    if (year !== 0) {
      minYear = Math.min(minYear, year);
      maxYear = Math.max(maxYear, year);
    }
    const precise =
      p.start !== null && (p.date_precision === 'day' || p.date_precision === 'month');
    store.month[i] = precise && p.start !== null ? Number(p.start.slice(5, 7)) - 1 : -1;
    for (const t of p.themes) {
      const id = themeIndex.get(t) as number;
      const w = i * themeWords + (id >>> 5);
      store.themeBits[w] = (store.themeBits[w] as number) | (1 << (id & 31));
    }
    const coords = f.geometry?.coordinates;
    store.lon[i] = coords ? coords[0] : NaN;
    store.lat[i] = coords ? coords[1] : NaN;
    store.nameId[i] = partId(p.name);
    store.placeId[i] = partId(joinPresent(placeFields(f)));
    for (const o of p.organisers) store.organiserIds[organiserAt++] = partId(o);
    store.organiserStart[i + 1] = organiserAt;
  }
  store.minYear = Number.isFinite(minYear) ? minYear : 0;
  store.maxYear = Number.isFinite(maxYear) ? maxYear : 0;
  store.textParts = [...parts.keys()];
  return store;
}

function placeFields(f: EventFeature): (string | null)[] {
  const p = f.properties;
  return [p.place, p.venue, p.town, p.district, p.city, p.province, p.country];
}

function joinPresent(values: readonly (string | null | undefined)[]): string {
  return values.filter((s): s is string => typeof s === 'string' && s !== '').join('\n');
}

function searchText(f: EventFeature): string {
  const p = f.properties;
  return joinPresent([p.name, ...placeFields(f), ...p.organisers]).toLowerCase();
}
