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
  /** Lower-cased text the search clause looks in. */
  text: string[];
  minYear: number;
  maxYear: number;
}

export function buildEventStore(features: readonly EventFeature[]): EventStore {
  const size = features.length;
  const themeIndex = new Map<string, number>();
  for (const f of features) {
    for (const t of f.properties.themes) if (!themeIndex.has(t)) themeIndex.set(t, themeIndex.size);
  }
  const themeWords = Math.max(1, Math.ceil(themeIndex.size / 32));
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
    text: new Array<string>(size),
    minYear: 0,
    maxYear: 0,
  };
  let minYear = Infinity;
  let maxYear = -Infinity;
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
    store.text[i] = searchText(f);
  }
  store.minYear = Number.isFinite(minYear) ? minYear : 0;
  store.maxYear = Number.isFinite(maxYear) ? maxYear : 0;
  return store;
}

function searchText(f: EventFeature): string {
  const p = f.properties;
  return [
    p.name,
    p.place,
    p.venue,
    p.town,
    p.district,
    p.city,
    p.province,
    p.country,
    ...p.organisers,
  ]
    .filter((s): s is string => typeof s === 'string' && s !== '')
    .join('\n')
    .toLowerCase();
}
