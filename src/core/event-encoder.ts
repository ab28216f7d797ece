// Turns batches of features into column chunks (event-chunk.ts). It keeps the dictionaries from
// batch to batch, so it runs where the features are read (the parsing worker) and the page only
// appends what it is sent: looking up each string in a dictionary is most of the encoding's cost.
import {
  evidenceDateSlot,
  evidencePlaceSlot,
  NUMBER_KEYS,
  numberFieldCount,
  TEXT_KEYS,
  textFieldCount,
  type EventChunk,
  type NumberKey,
  type TextKey,
} from './event-chunk.ts';
import { EVENT_SCHEMA } from './event-schema.ts';
import type { EventFeature, EventProperties } from './event.ts';
import { packTexts } from './packed-texts.ts';
import { IdList } from './typed-lists.ts';

class Dictionary {
  private readonly ids = new Map<string, number>();
  private added: string[] = [];
  private readonly first: number;

  /** `first`: the id of the first entry. */
  constructor(first: number) {
    this.first = first;
  }

  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.first + this.ids.size;
      this.ids.set(s, id);
      this.added.push(s);
    }
    return id;
  }

  /** The entries added since the last call. */
  takeAdded(): string[] {
    const added = this.added;
    this.added = [];
    return added;
  }
}

/** An event's place fields below `place`, with the ids they were given. */
interface PlaceMemo {
  p: EventProperties;
  ids: Uint32Array;
  line: number;
}

export class EventEncoder {
  /** Id 0 stands for null. */
  private readonly strings = new Dictionary(1);
  private readonly themes = new Dictionary(0);
  private readonly parts = new Dictionary(0);
  // Most of the encoding's time is dictionary lookups. A few hundred places and organisers recur
  // across a million events, so their ids are remembered: a place's other fields are compared
  // with the last event's there (a string comparison is cheaper than a lookup), and an
  // organiser's search part is kept by its string id.
  private readonly places: (PlaceMemo | undefined)[] = [];
  private readonly partOfString: (number | undefined)[] = [];
  private readonly extraKeys = new Set<string>();

  /** The features as one chunk; later chunks refer to the dictionary entries sent in this one. */
  encode(features: readonly EventFeature[]): EventChunk {
    const size = features.length;
    const fields = new Uint32Array(size * textFieldCount);
    const numbers = new Float64Array(size * numberFieldCount);
    const lon = new Float64Array(size);
    const lat = new Float64Array(size);
    const year = new Int16Array(size);
    const month = new Int8Array(size);
    const featureIds = new Uint8Array(size);
    const nameId = new Uint32Array(size);
    const placeId = new Uint32Array(size);
    const themeCount = new Uint32Array(size);
    const organiserCount = new Uint32Array(size);
    const sourceCount = new Uint32Array(size);
    const themeIds = new IdList(size * 3);
    const organisers = new IdList(size);
    const organiserParts = new IdList(size);
    const sourceIds = new IdList(size * 4);
    const ids: string[] = [];
    const names: string[] = [];
    const sourceLinks: (string | null)[] = [];
    const sourceTitles: (string | null)[] = [];
    const extras: (string | null)[] = [];
    const newExtraKeys: string[] = [];
    const text = (s: string | null): number => (s === null ? 0 : this.strings.id(s));
    for (let i = 0; i < size; i++) {
      const f = features[i] as EventFeature;
      const p = f.properties;
      ids.push(p.id);
      names.push(p.name);
      featureIds[i] = f.id === undefined ? 0 : 1;
      const at = i * textFieldCount;
      for (const slot of ownSlots) fields[at + slot] = text(p[TEXT_KEYS[slot] as TextKey]);
      placeId[i] = this.placeFields(p, fields, at);
      fields[at + evidenceDateSlot] = text(p.evidence.date);
      fields[at + evidencePlaceSlot] = text(p.evidence.place);
      for (let k = 0; k < numberFieldCount; k++) {
        numbers[i * numberFieldCount + k] = p[NUMBER_KEYS[k] as NumberKey] ?? NaN;
      }
      const coords = f.geometry?.coordinates;
      lon[i] = coords ? coords[0] : NaN;
      lat[i] = coords ? coords[1] : NaN;
      year[i] = p.year ?? 0;
      month[i] = startMonth(p);
      nameId[i] = this.part(p.name);
      for (const t of p.themes) themeIds.push(this.themes.id(t));
      themeCount[i] = p.themes.length;
      for (const o of p.organisers) {
        const id = this.strings.id(o);
        organisers.push(id);
        organiserParts.push((this.partOfString[id] ??= this.part(o)));
      }
      organiserCount[i] = p.organisers.length;
      // sourceIdCount ids, sourceLinkCount links and a title per source (event-chunk.ts).
      for (const s of p.sources) {
        sourceIds.push(text(s.outlet));
        sourceIds.push(text(s.published));
        sourceLinks.push(s.file, s.url);
        sourceTitles.push(s.title);
      }
      sourceCount[i] = p.sources.length;
      extras.push(f.extra === undefined ? null : JSON.stringify(f.extra));
      for (const key in f.extra) {
        if (this.extraKeys.has(key)) continue;
        this.extraKeys.add(key);
        newExtraKeys.push(key);
      }
    }
    return {
      size,
      newStrings: this.strings.takeAdded(),
      newThemes: this.themes.takeAdded(),
      newParts: this.parts.takeAdded(),
      ids,
      names,
      featureIds,
      fields,
      numbers,
      lon,
      lat,
      year,
      month,
      nameId,
      placeId,
      themeCount,
      themeIds: themeIds.copy(),
      organiserCount,
      organisers: organisers.copy(),
      organiserParts: organiserParts.copy(),
      sourceCount,
      sourceIds: sourceIds.copy(),
      sourceLinks: packTexts(sourceLinks),
      sourceTitles,
      extras: packTexts(extras),
      newExtraKeys,
    };
  }

  /** Writes the place fields' ids at `at` in `fields`; returns the place line's part id. */
  private placeFields(p: EventProperties, fields: Uint32Array, at: number): number {
    const place = p.place === null ? 0 : this.strings.id(p.place);
    fields[at + placeSlot] = place;
    const memo = this.places[place];
    if (memo !== undefined && PLACE_KEYS.every((k) => memo.p[k] === p[k])) {
      fields.set(memo.ids, at + placeSlots);
      return memo.line;
    }
    const ids = Uint32Array.from(PLACE_KEYS, (k) => (p[k] === null ? 0 : this.strings.id(p[k])));
    fields.set(ids, at + placeSlots);
    const line = this.part(placeLine(p));
    this.places[place] = { p, ids, line };
    return line;
  }

  private part(s: string): number {
    return this.parts.id(s.toLowerCase());
  }
}

/** The schema's place fields after `place` (they repeat together), in their column order. */
const PLACE_KEYS = EVENT_SCHEMA.filter((f) => 'place' in f).map((f) => f.key) as TextKey[];
const placeSlot = TEXT_KEYS.indexOf('place');
/** The first place field's column; the others follow it. */
const placeSlots = TEXT_KEYS.indexOf(PLACE_KEYS[0] as TextKey);
/** The text columns written event by event (the place fields are written together). */
const ownSlots = TEXT_KEYS.flatMap((k, slot) =>
  k === 'place' || PLACE_KEYS.includes(k) ? [] : [slot],
);

function startMonth(p: EventProperties): number {
  const precise = p.date_precision === 'day' || p.date_precision === 'month';
  return precise && p.start !== null ? Number(p.start.slice(5, 7)) - 1 : -1;
}

/** The place fields that are present, joined by newlines (what the search looks in). */
export function placeLine(p: EventProperties): string {
  return joinPresent([p.place, p.venue, p.town, p.district, p.city, p.province, p.country]);
}

export function joinPresent(values: readonly (string | null | undefined)[]): string {
  return values.filter((s): s is string => typeof s === 'string' && s !== '').join('\n');
}
