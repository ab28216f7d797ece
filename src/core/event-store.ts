// A columnar view of the events, built once per dataset so that every filter change only reads
// typed arrays instead of walking feature objects. The builder takes the features batch by batch
// as they arrive, so a large dataset is never walked in one long pass at the end of loading.
import { joinChunks, type EventChunk } from './event-chunk.ts';
import { EventEncoder, joinPresent, placeLine } from './event-encoder.ts';
import { createEventRecords, type EventRecords } from './event-records.ts';
import { PackedTextList, packTexts } from './packed-texts.ts';
import type { EventFeature } from './event.ts';
import { startsFromCounts } from './typed-lists.ts';

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
  /** Theme ids of event i, in the event's order: `themeIds[themeStart[i] .. themeStart[i + 1]]`. */
  themeStart: Uint32Array;
  themeIds: Uint32Array;
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
  /** Names of the properties outside the schema that some event has, first seen first. */
  extraKeys: string[];
}

export function buildEventStore(features: readonly EventFeature[]): EventStore {
  const builder = new EventStoreBuilder();
  builder.add(features);
  return builder.finish();
}

/**
 * Collects chunks of events (event-chunk.ts) as they arrive; `finish` joins them into the store.
 * Give it either features (`add`, encoded here) or the chunks of one encoder in order
 * (`addChunk`, from the parsing worker), not both: chunk ids refer to the encoder's dictionaries.
 */
export class EventStoreBuilder {
  private readonly encoder = new EventEncoder();
  /** The chunks' typed columns; their strings go straight into the lists below. */
  private readonly columns: EventChunk[] = [];
  private readonly strings: (string | null)[] = [null];
  private readonly themes: string[] = [];
  private readonly parts: string[] = [];
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  private readonly sourceLinks = new PackedTextList();
  private readonly sourceTitles: (string | null)[] = [];
  private readonly extras = new PackedTextList();
  private readonly extraKeys: string[] = [];

  get size(): number {
    return this.ids.length;
  }

  /** Encodes features and adds them; the builder keeps no reference to them. */
  add(batch: readonly EventFeature[]): void {
    this.addChunk(this.encoder.encode(batch));
  }

  addChunk(chunk: EventChunk): void {
    append(this.strings, chunk.newStrings);
    append(this.themes, chunk.newThemes);
    append(this.parts, chunk.newParts);
    append(this.ids, chunk.ids);
    append(this.names, chunk.names);
    this.sourceLinks.append(chunk.sourceLinks);
    append(this.sourceTitles, chunk.sourceTitles);
    this.extras.append(chunk.extras);
    append(this.extraKeys, chunk.newExtraKeys);
    const none: never[] = [];
    this.columns.push({
      ...chunk,
      newStrings: none,
      newThemes: none,
      newParts: none,
      ids: none,
      names: none,
      sourceLinks: packTexts(none),
      sourceTitles: none,
      extras: packTexts(none),
      newExtraKeys: none,
    });
  }

  /** The store of every event added; the builder is not to be used afterwards. */
  finish(): EventStore {
    const joined = joinChunks(this.columns);
    const { year, lon, lat, themeIds } = joined;
    const themeStart = startsFromCounts(joined.themeCount);
    const organiserStart = startsFromCounts(joined.organiserCount);
    const records = createEventRecords({
      strings: this.strings,
      themes: this.themes,
      ids: this.ids,
      names: this.names,
      featureIds: joined.featureIds,
      fields: joined.fields,
      numbers: joined.numbers,
      lon,
      lat,
      year,
      themeIds,
      themeStart,
      organisers: joined.organisers,
      organiserStart,
      sourceIds: joined.sourceIds,
      sourceStart: startsFromCounts(joined.sourceCount),
      sourceLinks: this.sourceLinks,
      sourceTitles: this.sourceTitles,
      extras: this.extras,
    });
    const { month, nameId, placeId } = joined;
    const organiserIds = joined.organiserParts;
    // Joined: whoever still holds the builder must not hold every column twice.
    this.columns.length = 0;
    const size = records.size;
    const themeWords = Math.max(1, Math.ceil(this.themes.length / 32));
    const themeBits = new Uint32Array(size * themeWords);
    let minYear = Infinity;
    let maxYear = -Infinity;
    for (let i = 0; i < size; i++) {
      for (let k = themeStart[i] as number; k < (themeStart[i + 1] as number); k++) {
        const id = themeIds[k] as number;
        const w = i * themeWords + (id >>> 5);
        themeBits[w] = (themeBits[w] as number) | (1 << (id & 31));
      }
      const y = year[i] as number;
      if (y !== 0) {
        if (y < minYear) minYear = y;
        if (y > maxYear) maxYear = y;
      }
    }
    let text: string[] | null = null;
    return {
      size,
      event: cachedEvents(records),
      id: records.id,
      read: records.read,
      eventThemes: records.themes,
      year,
      month,
      themes: this.themes,
      themeStart,
      themeIds,
      themeBits,
      themeWords,
      lon,
      lat,
      // Joined strings for a million events would weigh hundreds of megabytes; the search reads
      // the dictionary below, so this is only built for a caller that asks for it.
      get text() {
        text ??= Array.from({ length: size }, (_, i) => searchText(records.event(i)));
        return text;
      },
      minYear: Number.isFinite(minYear) ? minYear : 0,
      maxYear: Number.isFinite(maxYear) ? maxYear : 0,
      textParts: this.parts,
      nameId,
      placeId,
      organiserStart,
      organiserIds,
      extraKeys: this.extraKeys,
    };
  }
}

/** Pushes one by one: spreading a long array into push() overflows the stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
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

function searchText(f: EventFeature): string {
  const p = f.properties;
  return joinPresent([p.name, placeLine(p), ...p.organisers]).toLowerCase();
}
