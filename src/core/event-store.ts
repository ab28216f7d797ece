// A columnar view of the events, built once per dataset so that every filter change only reads
// typed arrays instead of walking feature objects. The builder takes the features batch by batch
// as they arrive, so a large dataset is never walked in one long pass at the end of loading.
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
  const builder = new EventStoreBuilder();
  builder.add(features);
  return builder.finish();
}

/** Collects the columns of features added in any number of batches; `finish` makes the store. */
export class EventStoreBuilder {
  private readonly features: EventFeature[];
  private readonly year = new Column(Int16Array);
  private readonly month = new Column(Int8Array);
  private readonly lon = new Column(Float64Array);
  private readonly lat = new Column(Float64Array);
  private readonly nameId = new Column(Uint32Array);
  private readonly placeId = new Column(Uint32Array);
  private readonly themeStart = new Column(Uint32Array);
  private readonly themeIds = new Column(Uint32Array);
  private readonly organiserStart = new Column(Uint32Array);
  private readonly organiserIds = new Column(Uint32Array);
  private readonly themeIndex = new Map<string, number>();
  private readonly parts = new Map<string, number>();
  private minYear = Infinity;
  private maxYear = -Infinity;

  /** `features` receives every added feature (the caller may hold it as its collection). */
  constructor(features: EventFeature[] = []) {
    if (features.length > 0) throw new Error('EventStoreBuilder needs an empty features array');
    this.features = features;
    this.themeStart.push(0);
    this.organiserStart.push(0);
  }

  get size(): number {
    return this.features.length;
  }

  add(batch: readonly EventFeature[]): void {
    for (const f of batch) this.addOne(f);
  }

  private addOne(f: EventFeature): void {
    const p = f.properties;
    this.features.push(f);
    const year = p.year ?? 0;
    this.year.push(year);
    if (year !== 0) {
      this.minYear = Math.min(this.minYear, year);
      this.maxYear = Math.max(this.maxYear, year);
    }
    const precise =
      p.start !== null && (p.date_precision === 'day' || p.date_precision === 'month');
    this.month.push(precise && p.start !== null ? Number(p.start.slice(5, 7)) - 1 : -1);
    for (const t of p.themes) {
      let id = this.themeIndex.get(t);
      if (id === undefined) this.themeIndex.set(t, (id = this.themeIndex.size));
      this.themeIds.push(id);
    }
    this.themeStart.push(this.themeIds.length);
    const coords = f.geometry?.coordinates;
    this.lon.push(coords ? coords[0] : NaN);
    this.lat.push(coords ? coords[1] : NaN);
    this.nameId.push(this.partId(p.name));
    this.placeId.push(this.partId(joinPresent(placeFields(f))));
    for (const o of p.organisers) this.organiserIds.push(this.partId(o));
    this.organiserStart.push(this.organiserIds.length);
  }

  private partId(s: string): number {
    const lower = s.toLowerCase();
    let id = this.parts.get(lower);
    if (id === undefined) this.parts.set(lower, (id = this.parts.size));
    return id;
  }

  finish(): EventStore {
    const { features } = this;
    const size = features.length;
    const themeWords = Math.max(1, Math.ceil(this.themeIndex.size / 32));
    const themeBits = new Uint32Array(size * themeWords);
    const themeStart = this.themeStart.view();
    const themeIds = this.themeIds.view();
    for (let i = 0; i < size; i++) {
      for (let k = themeStart[i] as number; k < (themeStart[i + 1] as number); k++) {
        const id = themeIds[k] as number;
        const w = i * themeWords + (id >>> 5);
        themeBits[w] = (themeBits[w] as number) | (1 << (id & 31));
      }
    }
    let text: string[] | null = null;
    return {
      size,
      features,
      year: this.year.trimmed(),
      month: this.month.trimmed(),
      themes: [...this.themeIndex.keys()],
      themeBits,
      themeWords,
      lon: this.lon.trimmed(),
      lat: this.lat.trimmed(),
      // Joined strings for a million events would weigh hundreds of megabytes; the search reads
      // the dictionary below, so this is only built for a caller that asks for it.
      get text() {
        return (text ??= features.map(searchText));
      },
      minYear: Number.isFinite(this.minYear) ? this.minYear : 0,
      maxYear: Number.isFinite(this.maxYear) ? this.maxYear : 0,
      textParts: [...this.parts.keys()],
      nameId: this.nameId.trimmed(),
      placeId: this.placeId.trimmed(),
      organiserStart: this.organiserStart.trimmed(),
      organiserIds: this.organiserIds.trimmed(),
    };
  }
}

type NumberArray = Int8Array | Int16Array | Uint32Array | Float64Array;

interface NumberArrayType<T extends NumberArray> {
  new (length: number): T;
}

/** A typed array that grows by doubling, so a batch appends without copying the whole column. */
class Column<T extends NumberArray> {
  private data: T;
  private readonly type: NumberArrayType<T>;
  length = 0;

  constructor(type: NumberArrayType<T>) {
    this.type = type;
    this.data = new type(1024);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new this.type(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The filled part, sharing memory with the column (read it before pushing more). */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }

  /** The filled part in an array of its own size. */
  trimmed(): T {
    return this.data.slice(0, this.length) as T;
  }
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
