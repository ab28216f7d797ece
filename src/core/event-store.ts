// A columnar view of the events, built once per dataset so that every filter change only reads
// typed arrays instead of walking feature objects. The builder takes the features batch by batch
// as they arrive, so a large dataset is never walked in one long pass at the end of loading.
import { EventRecordsBuilder, type EventRecords } from './event-records.ts';
import type { EventFeature } from './event.ts';
import { IdList } from './typed-lists.ts';

export interface EventStore {
  size: number;
  /**
   * Event i as a feature, made from the columns on demand (undefined outside the store). The last
   * few thousand asked for are kept, so a view asking twice gets the same object.
   */
  event: (i: number) => EventFeature | undefined;
  /** The id of event i, without making the whole event. */
  id: (i: number) => string;
  /** One field of event i without making the whole event (for passes over every event). */
  read: EventRecords['read'];
  /** The theme slugs of event i, in the event's order. */
  eventThemes: (i: number) => string[];
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
  private readonly records = new EventRecordsBuilder();
  // One value per event, all grown together (each write site sees one array type, which keeps
  // the per-event loop fast at a million events).
  private capacity = 1024;
  private month = new Int8Array(this.capacity);
  private nameId = new Uint32Array(this.capacity);
  private placeId = new Uint32Array(this.capacity);
  private themeStart = new Uint32Array(this.capacity + 1);
  private organiserStart = new Uint32Array(this.capacity + 1);
  private readonly themeIds = new IdList();
  private readonly organiserIds = new IdList();
  private readonly themeIndex = new Map<string, number>();
  private readonly parts = new Map<string, number>();
  private minYear = Infinity;
  private maxYear = -Infinity;

  get size(): number {
    return this.records.size;
  }

  /** Adds features to the columns; the builder keeps no reference to them. */
  add(batch: readonly EventFeature[]): void {
    this.reserve(this.records.size + batch.length);
    for (const f of batch) this.addOne(f);
  }

  private reserve(size: number): void {
    if (size <= this.capacity) return;
    let capacity = this.capacity;
    while (capacity < size) capacity *= 2;
    this.month = grow(this.month, new Int8Array(capacity));
    this.nameId = grow(this.nameId, new Uint32Array(capacity));
    this.placeId = grow(this.placeId, new Uint32Array(capacity));
    this.themeStart = grow(this.themeStart, new Uint32Array(capacity + 1));
    this.organiserStart = grow(this.organiserStart, new Uint32Array(capacity + 1));
    this.capacity = capacity;
  }

  private addOne(f: EventFeature): void {
    const p = f.properties;
    const i = this.records.size;
    this.records.add(f);
    const year = p.year ?? 0;
    if (year !== 0) {
      this.minYear = Math.min(this.minYear, year);
      this.maxYear = Math.max(this.maxYear, year);
    }
    const precise =
      p.start !== null && (p.date_precision === 'day' || p.date_precision === 'month');
    this.month[i] = precise && p.start !== null ? Number(p.start.slice(5, 7)) - 1 : -1;
    for (const t of p.themes) {
      let id = this.themeIndex.get(t);
      if (id === undefined) this.themeIndex.set(t, (id = this.themeIndex.size));
      this.themeIds.push(id);
    }
    this.themeStart[i + 1] = this.themeIds.length;
    this.nameId[i] = this.partId(p.name);
    this.placeId[i] = this.partId(joinPresent(placeFields(f)));
    for (const o of p.organisers) this.organiserIds.push(this.partId(o));
    this.organiserStart[i + 1] = this.organiserIds.length;
  }

  private partId(s: string): number {
    const lower = s.toLowerCase();
    let id = this.parts.get(lower);
    if (id === undefined) this.parts.set(lower, (id = this.parts.size));
    return id;
  }

  /** The store of every feature added; the builder is not to be used afterwards. */
  finish(): EventStore {
    const records = this.records.finish();
    const size = records.size;
    const themeWords = Math.max(1, Math.ceil(this.themeIndex.size / 32));
    const themeBits = new Uint32Array(size * themeWords);
    const themeStart = this.themeStart;
    const themeIds = this.themeIds.view();
    for (let i = 0; i < size; i++) {
      for (let k = themeStart[i] as number; k < (themeStart[i + 1] as number); k++) {
        const id = themeIds[k] as number;
        const w = i * themeWords + (id >>> 5);
        themeBits[w] = (themeBits[w] as number) | (1 << (id & 31));
      }
    }
    let text: string[] | null = null;
    const event = cachedEvents(records);
    return {
      size,
      event,
      id: records.id,
      read: records.read,
      eventThemes: records.themes,
      year: records.year,
      month: this.month.slice(0, size),
      themes: [...this.themeIndex.keys()],
      themeBits,
      themeWords,
      lon: records.lon,
      lat: records.lat,
      // Joined strings for a million events would weigh hundreds of megabytes; the search reads
      // the dictionary below, so this is only built for a caller that asks for it.
      get text() {
        text ??= Array.from({ length: size }, (_, i) => searchText(records.event(i)));
        return text;
      },
      minYear: Number.isFinite(this.minYear) ? this.minYear : 0,
      maxYear: Number.isFinite(this.maxYear) ? this.maxYear : 0,
      textParts: [...this.parts.keys()],
      nameId: this.nameId.slice(0, size),
      placeId: this.placeId.slice(0, size),
      organiserStart: this.organiserStart.slice(0, size + 1),
      organiserIds: this.organiserIds.view().slice(),
    };
  }
}

function grow<T extends Int8Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

function cachedEvents(records: EventRecords): (i: number) => EventFeature | undefined {
  const kept = new Map<number, EventFeature>();
  return (i) => {
    if (!Number.isInteger(i) || i < 0 || i >= records.size) return undefined;
    let f = kept.get(i);
    if (f === undefined) {
      if (kept.size >= 4096) kept.clear();
      f = records.event(i);
      kept.set(i, f);
    }
    return f;
  };
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
