// Every field of every event, held as columns instead of one object per event. At a million events
// the objects themselves (feature, geometry, properties, arrays, sources) and a fresh copy of every
// repeated string (places, dates, precisions, organisers, outlets, evidence) took most of the
// page's memory. Here each distinct repeated string is kept once and referenced by number, and an
// event becomes an object again only when a view asks for it (`event(i)`).
import type {
  DatePrecision,
  EventFeature,
  EventFormat,
  EventProperties,
  EventRole,
  EventSource,
  LocationPrecision,
} from './event.ts';
import { IdList, NumberList } from './typed-lists.ts';

export interface EventRecords {
  size: number;
  /** Event i as a feature: a new object on every call, equal to the one that was added. */
  event: (i: number) => EventFeature;
  /** The id of event i, without making the whole event. */
  id: (i: number) => string;
  /** One field of event i without making the whole event (views sorting every event use it). */
  read: <K extends ScalarKey>(i: number, key: K) => EventProperties[K];
  /** The theme slugs of event i, in the event's order. */
  themes: (i: number) => string[];
  /** NaN when the event has no geometry (shared with the store, which filters on them). */
  lon: Float64Array;
  lat: Float64Array;
  /** 0 when undated. */
  year: Int16Array;
}

export type ScalarKey = Exclude<
  keyof EventProperties,
  'themes' | 'organisers' | 'sources' | 'evidence'
>;

/** Fields of a few hundred thousand distinct values at most, kept as dictionary ids (0: null). */
const Field = {
  Role: 0,
  Start: 1,
  End: 2,
  DatePrecision: 3,
  Place: 4,
  Venue: 5,
  Town: 6,
  District: 7,
  City: 8,
  Province: 9,
  Country: 10,
  LocationPrecision: 11,
  Geocoder: 12,
  Format: 13,
  ParticipantsText: 14,
  EvidenceDate: 15,
  EvidencePlace: 16,
} as const;
const fieldCount = Object.keys(Field).length;

const fieldSlot: Record<
  Exclude<ScalarKey, 'id' | 'name' | 'year' | 'confidence' | 'participants'>,
  number
> = {
  role: Field.Role,
  start: Field.Start,
  end: Field.End,
  date_precision: Field.DatePrecision,
  place: Field.Place,
  venue: Field.Venue,
  town: Field.Town,
  district: Field.District,
  city: Field.City,
  province: Field.Province,
  country: Field.Country,
  location_precision: Field.LocationPrecision,
  geocoder: Field.Geocoder,
  format: Field.Format,
  participants_text: Field.ParticipantsText,
};

const numberSlot = { confidence: 0, participants: 1 } as const;

/** Numbers per event besides the coordinates and year: confidence, participants (NaN: null). */
const numberCount = 2;

/** Per source: its outlet and publication date as dictionary ids; file, url and title as text. */
const sourceTextCount = 3;

export class EventRecordsBuilder {
  private readonly strings: (string | null)[] = [null];
  private readonly stringIds = new Map<string, number>();
  private readonly fields = new IdList();
  private readonly numbers = new NumberList();
  private readonly lon = new NumberList();
  private readonly lat = new NumberList();
  private readonly year = new IdList();
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  /** 1 when the feature carried its own top-level id. */
  private readonly featureIds = new IdList();
  private readonly themes = new IdList();
  private readonly themeStart = new IdList();
  private readonly organisers = new IdList();
  private readonly organiserStart = new IdList();
  private readonly sourceStart = new IdList();
  private readonly sourceFields = new IdList();
  private readonly sourceText: (string | null)[] = [];

  constructor() {
    this.themeStart.push(0);
    this.organiserStart.push(0);
    this.sourceStart.push(0);
  }

  get size(): number {
    return this.ids.length;
  }

  add(f: EventFeature): void {
    const p = f.properties;
    const { fields, numbers } = this;
    this.ids.push(p.id);
    this.names.push(p.name);
    this.featureIds.push(f.id === undefined ? 0 : 1);
    fields.push(this.stringId(p.role));
    fields.push(this.stringId(p.start));
    fields.push(this.stringId(p.end));
    fields.push(this.stringId(p.date_precision));
    fields.push(this.stringId(p.place));
    fields.push(this.stringId(p.venue));
    fields.push(this.stringId(p.town));
    fields.push(this.stringId(p.district));
    fields.push(this.stringId(p.city));
    fields.push(this.stringId(p.province));
    fields.push(this.stringId(p.country));
    fields.push(this.stringId(p.location_precision));
    fields.push(this.stringId(p.geocoder));
    fields.push(this.stringId(p.format));
    fields.push(this.stringId(p.participants_text));
    fields.push(this.stringId(p.evidence.date));
    fields.push(this.stringId(p.evidence.place));
    const coords = f.geometry?.coordinates;
    this.lon.push(coords ? coords[0] : NaN);
    this.lat.push(coords ? coords[1] : NaN);
    this.year.push(p.year ?? 0);
    numbers.push(p.confidence);
    numbers.push(p.participants ?? NaN);
    for (const t of p.themes) this.themes.push(this.stringId(t));
    this.themeStart.push(this.themes.length);
    for (const o of p.organisers) this.organisers.push(this.stringId(o));
    this.organiserStart.push(this.organisers.length);
    for (const s of p.sources) {
      this.sourceFields.push(this.stringId(s.outlet));
      this.sourceFields.push(this.stringId(s.published));
      this.sourceText.push(s.file, s.url, s.title);
    }
    this.sourceStart.push(this.sourceText.length / sourceTextCount);
  }

  private stringId(s: string | null): number {
    if (s === null) return 0;
    let id = this.stringIds.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.stringIds.set(s, id);
      this.strings.push(s);
    }
    return id;
  }

  /** The records added so far; the builder is not to be used afterwards. */
  finish(): EventRecords {
    const { strings, ids, names, sourceText } = this;
    const fields = this.fields.copy();
    const numbers = this.numbers.copy();
    const lon = this.lon.copy();
    const lat = this.lat.copy();
    const year = Int16Array.from(this.year.view());
    const featureIds = this.featureIds.copy();
    const themes = this.themes.copy();
    const themeStart = this.themeStart.copy();
    const organisers = this.organisers.copy();
    const organiserStart = this.organiserStart.copy();
    const sourceStart = this.sourceStart.copy();
    const sourceFields = this.sourceFields.copy();
    const text = (id: number): string | null => strings[id] ?? null;
    const list = (ids: Uint32Array, start: Uint32Array, i: number): string[] => {
      const out: string[] = [];
      for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
        out.push(strings[ids[k] as number] as string);
      }
      return out;
    };
    const sources = (i: number): EventSource[] => {
      const out: EventSource[] = [];
      for (let k = sourceStart[i] as number; k < (sourceStart[i + 1] as number); k++) {
        out.push({
          file: sourceText[k * sourceTextCount] as string,
          url: sourceText[k * sourceTextCount + 1] ?? null,
          outlet: text(sourceFields[k * 2] as number),
          published: text(sourceFields[k * 2 + 1] as number),
          title: sourceText[k * sourceTextCount + 2] ?? null,
        });
      }
      return out;
    };
    const event = (i: number): EventFeature => {
      const at = i * fieldCount;
      const field = (k: number): string | null => strings[fields[at + k] as number] ?? null;
      const number = (k: number): number | null => {
        const n = numbers[i * numberCount + k] as number;
        return Number.isNaN(n) ? null : n;
      };
      const x = lon[i] as number;
      const y = lat[i] as number;
      const id = ids[i] as string;
      // In the order the ingest writes them (EVENT_PROPERTY_KEYS).
      const properties: EventProperties = {
        id,
        name: names[i] as string,
        role: field(Field.Role) as EventRole,
        start: field(Field.Start),
        end: field(Field.End),
        date_precision: field(Field.DatePrecision) as DatePrecision,
        year: year[i] === 0 ? null : (year[i] as number),
        themes: list(themes, themeStart, i),
        place: field(Field.Place),
        venue: field(Field.Venue),
        town: field(Field.Town),
        district: field(Field.District),
        city: field(Field.City),
        province: field(Field.Province),
        country: field(Field.Country),
        location_precision: field(Field.LocationPrecision) as LocationPrecision,
        geocoder: field(Field.Geocoder),
        confidence: number(numberSlot.confidence) ?? 0,
        format: field(Field.Format) as EventFormat | null,
        participants: number(numberSlot.participants),
        participants_text: field(Field.ParticipantsText),
        organisers: list(organisers, organiserStart, i),
        sources: sources(i),
        evidence: { date: field(Field.EvidenceDate), place: field(Field.EvidencePlace) },
      };
      const geometry: EventFeature['geometry'] = Number.isNaN(x)
        ? null
        : { type: 'Point', coordinates: [x, y] };
      return featureIds[i] === 1
        ? { type: 'Feature', id, geometry, properties }
        : { type: 'Feature', geometry, properties };
    };
    const readValue = (i: number, key: ScalarKey): string | number | null => {
      if (key === 'id') return ids[i] as string;
      if (key === 'name') return names[i] as string;
      if (key === 'year') return year[i] === 0 ? null : (year[i] as number);
      if (key === 'confidence' || key === 'participants') {
        const n = numbers[i * numberCount + numberSlot[key]] as number;
        return Number.isNaN(n) ? null : n;
      }
      return strings[fields[i * fieldCount + fieldSlot[key]] as number] ?? null;
    };
    // Each key's column holds that key's values, so the value has the key's type.
    const read = <K extends ScalarKey>(i: number, key: K): EventProperties[K] =>
      readValue(i, key) as EventProperties[K];
    return {
      size: ids.length,
      event,
      id: (i) => ids[i] as string,
      read,
      themes: (i) => list(themes, themeStart, i),
      lon,
      lat,
      year,
    };
  }
}
