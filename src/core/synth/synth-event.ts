// Synthetic technology events in the published schema, for benchmarks and scale tests. Each event
// is drawn from its own seeded stream (seed, index), so a dataset is reproducible, any prefix of it
// is the smaller dataset, and a generator can stream a million events without holding them.
import type {
  DatePrecision,
  EventFeature,
  EventFormat,
  EventProperties,
  EventSource,
  EventStatus,
  LocationPrecision,
} from '../event.ts';
import { flagships, type Flagship } from './flagships.ts';
import { countryCentres, synthCities, type SynthArea, type SynthCity } from './places.ts';
import { createRandom, type Random } from './random.ts';
import { daysSinceEpoch, isoDate } from './synth-dates.ts';
import { describeDate, describePlace, eventName, headline, organisersFor } from './synth-text.ts';
import { monthWeights, outlets, themeTrends } from './vocabulary.ts';

export interface SynthTheme {
  slug: string;
  label: string;
}

export const synthYears = { from: 2010, to: 2024 } as const;

export interface Draft {
  flagship: Flagship | null;
  city: SynthCity;
  year: number;
  /** Days since 1970-01-01 (UTC) of the first day. */
  day: number;
  days: number;
}

export function createSynthesizer(
  seed: number,
  themes: readonly SynthTheme[],
): (index: number) => EventFeature {
  if (themes.length === 0) throw new RangeError('the theme vocabulary is empty');
  const years = range(synthYears.from, synthYears.to);
  const yearWeights = years.map(yearWeight);
  const themeWeights = years.map((year) => themes.map((t) => themeWeight(t.slug, year)));
  const cityWeights = synthCities.map((c) => c.weight);
  const flagshipShares = flagships.map((f) => f.share);
  const noFlagship = 1 - flagshipShares.reduce((a, b) => a + b, 0);

  return (index) => {
    const rng = createRandom(mix(seed, index));
    const pick = rng.weighted([...flagshipShares, noFlagship]);
    const flagship = flagships[pick] ?? null;
    const draft = flagship
      ? flagshipDraft(rng, flagship)
      : ordinaryDraft(rng, years[rng.weighted(yearWeights)] ?? synthYears.from, cityWeights);
    const weights = themeWeights[draft.year - synthYears.from] ?? [];
    const chosen = pickThemes(rng, themes, weights, flagship);
    return assemble(rng, `syn-${seed}-${index.toString(36)}`, draft, chosen);
  };
}

export function* synthEvents(
  seed: number,
  count: number,
  themes: readonly SynthTheme[],
): Generator<EventFeature> {
  const synth = createSynthesizer(seed, themes);
  for (let i = 0; i < count; i++) yield synth(i);
}

function ordinaryDraft(rng: Random, year: number, cityWeights: readonly number[]): Draft {
  const city = synthCities[rng.weighted(cityWeights)] ?? synthCities[0];
  if (city === undefined) throw new Error('no synthetic cities');
  const month = rng.weighted(monthWeights);
  const first = daysSinceEpoch(year, month, 1);
  const length = daysSinceEpoch(year, month + 1, 1) - first;
  return {
    flagship: null,
    city,
    year,
    day: first + rng.int(length),
    days: 1 + rng.weighted([5, 4, 2, 1]),
  };
}

function flagshipDraft(rng: Random, f: Flagship): Draft {
  const city = synthCities.find((c) => c.city === f.city);
  if (city === undefined) throw new Error(`flagship city ${f.city} is not a synthetic city`);
  const year =
    Math.max(f.firstYear, synthYears.from) +
    rng.int(synthYears.to - Math.max(f.firstYear, synthYears.from) + 1);
  const opening = daysSinceEpoch(year, f.month - 1, f.day);
  const main = rng.chance(0.1);
  return {
    flagship: f,
    city,
    year,
    day: main ? opening : opening - 1 + rng.int(f.days + 1),
    days: main ? f.days : 1 + rng.weighted([6, 2, 1]),
  };
}

function pickThemes(
  rng: Random,
  themes: readonly SynthTheme[],
  weights: readonly number[],
  flagship: Flagship | null,
): SynthTheme[] {
  const count = 1 + rng.weighted([35, 35, 20, 10]);
  const chosen = new Set<SynthTheme>();
  const own = flagship?.themes.flatMap((slug) => themes.filter((t) => t.slug === slug)) ?? [];
  if (own.length > 0) chosen.add(rng.pick(own));
  for (let tries = 0; chosen.size < count && tries < 20; tries++) {
    const fromFlagship = own.length > 0 && rng.chance(0.5);
    chosen.add(fromFlagship ? rng.pick(own) : (themes[rng.weighted(weights)] ?? rng.pick(themes)));
  }
  return [...chosen];
}

function assemble(
  rng: Random,
  id: string,
  draft: Draft,
  themes: readonly SynthTheme[],
): EventFeature {
  const { city } = draft;
  const precision = datePrecision(rng);
  const start = precision === 'unknown' ? null : startOf(draft.day, precision);
  const end =
    precision === 'day'
      ? isoDate(draft.day + draft.days - 1)
      : precision === 'unknown'
        ? null
        : start;
  const format = eventFormat(rng, draft.year);
  const where = placeOf(rng, draft, format);
  const zh = rng.chance(city.country === 'CN' ? 0.25 : 0.03) && city.zh !== null;
  const name = eventName(rng, { draft, themes, zh });
  const participants = rng.chance(0.55) ? roundNicely(Math.exp(4.6 + 1.3 * rng.normal())) : null;
  const properties: EventProperties = {
    id,
    name,
    role: rng.chance(0.12) ? 'mentioned' : 'reported',
    start,
    end,
    date_precision: precision,
    year: start === null ? null : draft.year,
    themes: themes.map((t) => t.slug),
    ...where.fields,
    format,
    status: eventStatus(rng, draft.year),
    participants,
    participants_text:
      participants === null
        ? null
        : zh
          ? `近${participants}名嘉宾`
          : `more than ${participants} ${rng.pick(['participants', 'experts', 'guests', 'exhibitors'])}`,
    organisers: organisersFor(rng, city, where.area),
    sources: sourcesFor(rng, id, draft, name, zh),
    evidence: {
      date: start === null ? null : describeDate(rng, draft, precision, zh),
      place: where.coordinates === null ? null : describePlace(where.fields, zh),
    },
  };
  return {
    type: 'Feature',
    id,
    geometry: where.coordinates === null ? null : { type: 'Point', coordinates: where.coordinates },
    properties,
  };
}

type PlaceFields = Pick<
  EventProperties,
  | 'place'
  | 'venue'
  | 'town'
  | 'district'
  | 'city'
  | 'province'
  | 'country'
  | 'location_precision'
  | 'geocoder'
  | 'confidence'
>;

interface Placement {
  fields: PlaceFields;
  area: SynthArea | null;
  coordinates: [number, number] | null;
}

const jitter: Record<LocationPrecision, number> = {
  venue: 0.001,
  zone: 0.004,
  town: 0.004,
  district: 0.008,
  city: 0.02,
  province: 0.1,
  country: 0,
  unknown: 0,
};

function placeOf(rng: Random, draft: Draft, format: EventFormat | null): Placement {
  const { city } = draft;
  if (rng.chance(format === 'online' ? 0.6 : 0.03)) return unplaced(rng, format);
  const flagshipArea =
    draft.flagship && rng.chance(0.7)
      ? city.areas.find((a) => a.name === draft.flagship?.area)
      : undefined;
  const area =
    flagshipArea ?? (city.areas.length > 0 && rng.chance(0.6) ? rng.pick(city.areas) : null);
  const toCountry = area === null && rng.chance(0.04);
  const precision: LocationPrecision = toCountry ? 'country' : (area?.kind ?? 'city');
  const [lon, lat] = toCountry
    ? (countryCentres[city.country] ?? [city.lon, city.lat])
    : area
      ? [area.lon, area.lat]
      : [city.lon, city.lat];
  const spread = jitter[precision];
  const coordinates: [number, number] = [
    round5(lon + spread * rng.normal()),
    round5(lat + spread * rng.normal()),
  ];
  const key = toCountry ? city.country : (area?.name ?? city.city);
  return {
    area,
    coordinates,
    fields: {
      place: toCountry ? countryName(city) : placeAsWritten(area, city),
      venue: area?.kind === 'venue' || area?.kind === 'zone' ? area.name : null,
      town: area?.kind === 'town' ? area.name : null,
      district: toCountry ? null : (area?.district ?? null),
      city: toCountry ? null : city.city,
      province: toCountry ? null : city.province,
      country: city.country,
      location_precision: precision,
      geocoder: `synthetic:${slugify(key)}`,
      confidence: round2(Math.min(0.99, confidenceBase[precision] + 0.08 * rng.normal())),
    },
  };
}

const confidenceBase: Record<LocationPrecision, number> = {
  venue: 0.92,
  zone: 0.88,
  town: 0.85,
  district: 0.8,
  city: 0.7,
  province: 0.55,
  country: 0.45,
  unknown: 0,
};

function unplaced(rng: Random, format: EventFormat | null): Placement {
  const place =
    format === 'online'
      ? rng.pick(['online', 'Online', null])
      : rng.pick(['Science City', 'the Innovation Park', null]);
  return {
    area: null,
    coordinates: null,
    fields: {
      place,
      venue: null,
      town: null,
      district: null,
      city: null,
      province: null,
      country: null,
      location_precision: 'unknown',
      geocoder: null,
      confidence: 0,
    },
  };
}

function placeAsWritten(area: SynthArea | null, city: SynthCity): string {
  if (area === null) return city.city;
  if (area.kind === 'town' && area.district !== null) return `${area.name} of ${area.district}`;
  if (area.kind === 'district') return `${area.name}, ${city.city}`;
  return `${area.name}, ${city.city}`;
}

function countryName(city: SynthCity): string {
  return city.country === 'CN' ? 'China' : city.country;
}

function sourcesFor(
  rng: Random,
  id: string,
  draft: Draft,
  name: string,
  zh: boolean,
): EventSource[] {
  const count = 1 + rng.weighted([70, 20, 10]);
  return Array.from({ length: count }, (_, k) => {
    const outlet = rng.chance(0.9) ? rng.pick(outlets) : null;
    const published = isoDate(draft.day + draft.days - 1 + rng.int(4));
    return {
      file: `synthetic/${id}-${k}.txt`,
      url: rng.chance(0.8)
        ? `https://news.example/${slugify(outlet ?? '') || 'wire'}/${published.slice(0, 7)}/${id}-${k}.html`
        : null,
      outlet,
      published: rng.chance(0.9) ? published : null,
      title: rng.chance(0.95) ? headline(rng, name, draft.city, zh) : null,
    };
  });
}

function datePrecision(rng: Random): DatePrecision {
  return (['day', 'month', 'year', 'unknown'] as const)[rng.weighted([76, 10, 5, 9])] ?? 'day';
}

function eventFormat(rng: Random, year: number): EventFormat | null {
  const pandemic = year === 2020 || year === 2021;
  const weights = pandemic ? [40, 35, 22, 3] : [70, 7, 15, 8];
  return (['in-person', 'online', 'hybrid', null] as const)[rng.weighted(weights)] ?? null;
}

/** Most events took place; the pandemic years cancelled and postponed many; the last is ahead. */
function eventStatus(rng: Random, year: number): EventStatus {
  const pandemic = year === 2020 || year === 2021;
  const weights =
    year === synthYears.to ? [60, 36, 3, 1] : pandemic ? [82, 0, 10, 8] : [97, 0, 2, 1];
  return (['held', 'planned', 'postponed', 'cancelled'] as const)[rng.weighted(weights)] ?? 'held';
}

function yearWeight(year: number): number {
  const growth = 1 + 0.18 * (year - synthYears.from);
  return growth * (year === 2020 ? 0.55 : year === 2021 ? 0.8 : 1);
}

function themeWeight(slug: string, year: number): number {
  const trend = themeTrends[slug];
  if (trend === undefined) return 1;
  const [peak, spread, height] = trend;
  const peakYear = Math.min(peak, synthYears.to);
  return 0.3 + height * Math.exp(-(((year - peakYear) / spread) ** 2));
}

function startOf(day: number, precision: DatePrecision): string {
  const iso = isoDate(day);
  if (precision === 'month') return `${iso.slice(0, 7)}-01`;
  if (precision === 'year') return `${iso.slice(0, 4)}-01-01`;
  return iso;
}

function mix(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ index;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae3d);
  return (h ^ (h >>> 16)) >>> 0;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function roundNicely(n: number): number {
  const clamped = Math.max(10, Math.min(100_000, n));
  const step = 10 ** Math.max(0, Math.floor(Math.log10(clamped)) - 1);
  return Math.round(clamped / step) * step;
}

function round5(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}

function round2(n: number): number {
  return Math.max(0, Math.round(n * 100) / 100);
}

export function slugify(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
