import type { LocationPrecision } from '../event.ts';
import { haversineKm } from '../ingest/distance.ts';
import {
  adminKeys,
  chooseCandidate,
  fitsHint,
  parentKeys,
  type Choice,
} from './choose-candidate.ts';
import type { ContinentPoint } from './continents.ts';
import { KIND_ORDER, type Gazetteer, type GazetteerRow, type PlaceKind } from './gazetteer.ts';
import type { GeocodeCandidate, GeocodeResult, PlaceQuery } from './geocode-result.ts';
import { normalizeName, splitTypeSuffix } from './normalize.ts';
import { parsePhrase, qualifierKeys, type PhraseSpan } from './place-phrase.ts';

/*
 * Confidence, 0..1: how sure we are that the coordinates point at the place the article means,
 * at the stated precision.
 *   0.95  the only place of that name, and the phrase or context names one of its parents
 *   0.90  the only place of that name; or one of several, picked by a parent named in the phrase/context
 *   0.85  picked by the type the phrase gives it ("X District" among a town and a district), or
 *         a thousand times bigger than every namesake (China the country, not China in Texas)
 *   0.75  picked by a parent named elsewhere in the article
 *   0.70  picked by population, the next place of that name being at least ten times smaller
 *   0.55  picked by population within a factor of ten: candidates listed, warning
 *   0.40  (0.30 for three or more) still ambiguous: the first by population, candidates listed, warning
 * then times 0.85 when only part of the phrase was recognised, 0.6 when the phrase also names a
 * place in another province or country, 0.7 when only a context name could be placed,
 * 0.9 when matched by an alternate name only. Unplaced: 0.
 */
const BASE_CONFIDENCE: Record<Choice['basis'], number> = {
  unique: 0.9,
  phrase: 0.9,
  suffix: 0.85,
  overwhelming: 0.85,
  article: 0.75,
  population: 0.7,
  'most-populous': 0.55,
  ambiguous: 0.4,
};

// An alternate name counts only for a place this big and this much bigger than any namesake.
const EXONYM_POPULATION = 100_000;
const EXONYM_RATIO = 10;

interface Mention {
  span: PhraseSpan;
  /** The key the gazetteer knew: the span, or the span without its suffix. */
  key: string;
  hint: readonly PlaceKind[] | null;
  candidates: GazetteerRow[];
  viaAltName: boolean;
}

interface Resolution {
  choice: Choice;
  precision: PlaceKind;
  mention: Mention;
  warnings: string[];
  factor: number;
  /** Only one word of a longer name matched, a small place that nothing in the article backs. */
  stray: boolean;
}

// A place matched by one word of a longer name ("… Exhibition Centre" → a village named like that
// word) is believed only if it is big or the article names one of its parents.
const STRAY_POPULATION = 50_000;
// An obscure place this close to a place the article settled is backed by it.
const OBSCURE_NEAR_KM = 150;

function population(row: GazetteerRow): number {
  return row.population ?? 0;
}

function lookup(gazetteer: Gazetteer, key: string): { rows: GazetteerRow[]; viaAltName: boolean } {
  const primary = gazetteer.byName.get(key) ?? [];
  const alternate = gazetteer.byAltName.get(key) ?? [];
  if (primary.length === 0) return { rows: [...alternate], viaAltName: alternate.length > 0 };
  const biggest = Math.max(...primary.map(population));
  const exonyms = alternate.filter(
    (row) =>
      population(row) >= EXONYM_POPULATION &&
      population(row) >= EXONYM_RATIO * biggest &&
      !primary.includes(row),
  );
  return { rows: [...primary, ...exonyms], viaAltName: false };
}

function encloses(outer: GazetteerRow, inner: GazetteerRow): boolean {
  return (
    inner !== outer &&
    inner.country === outer.country &&
    (outer.kind === 'country' || (outer.kind === 'province' && inner.province === outer.province))
  );
}

// A city stands for the division of its name when it holds this share of the division's people.
const STANDS_FOR_SHARE = 0.1;

/** The city is most of the division, so the name means either: Shanghai, not Quebec or Kazakhstan. */
function standsFor(inner: GazetteerRow, outer: GazetteerRow): boolean {
  return outer.population === null || population(inner) >= STANDS_FOR_SHARE * outer.population;
}

/**
 * Of a place and the division around it that bear the same name, keeps one: the city over its
 * province when it is much of it ("Shanghai", "Jilin"), the country over its province ("Taiwan");
 * unless a suffix asks for the division ("Jilin Province").
 */
function dropEnclosing(rows: GazetteerRow[], hint: readonly PlaceKind[] | null): GazetteerRow[] {
  const asked = (row: GazetteerRow) => hint?.includes(row.kind) === true;
  return rows.filter((row) => {
    if (row.kind === 'province') {
      const country = rows.find((r) => r.kind === 'country' && encloses(r, row));
      if (country !== undefined && !(asked(row) && !asked(country))) return false;
    }
    if (row.kind !== 'province' && row.kind !== 'country') return true;
    return !rows.some(
      (r) =>
        r.kind !== 'province' &&
        r.kind !== 'country' &&
        encloses(row, r) &&
        standsFor(r, row) &&
        !(asked(row) && !asked(r)),
    );
  });
}

/** An obscure place counts only where the phrase or the article names its state or county. */
function backedIfObscure(
  row: GazetteerRow,
  phraseKeys: ReadonlySet<string>,
  articleText: (key: string) => boolean,
  anchors: PlaceQuery['anchors'] = [],
): boolean {
  if (row.obscure !== true) return true;
  for (const key of adminKeys(row))
    if (phraseKeys.has(key) || (key.length >= 4 && articleText(key))) return true;
  const here: [number, number] = [row.lon, row.lat];
  return anchors.some((a) => haversineKm(a.coordinates, here) <= OBSCURE_NEAR_KM);
}

function findMentions(
  text: string,
  gazetteer: Gazetteer,
  articleText: (key: string) => boolean,
  anchors: PlaceQuery['anchors'] = [],
) {
  const phrase = parsePhrase(text);
  const phraseKeys = new Set(phrase.spans.map((s) => s.key));
  const found: Mention[] = [];
  for (const span of phrase.spans) {
    // "Putuo District" is looked up as written and as "Putuo", the suffix only hinting at the level.
    const typed = splitTypeSuffix(span.key);
    const whole = lookup(gazetteer, span.key);
    const bare = typed.base === span.key ? null : lookup(gazetteer, typed.base);
    // Beside an exact match ("Suzhou Industrial Park"), only namesakes of the named type count.
    const rows = [...whole.rows];
    for (const row of bare?.rows ?? []) {
      const fits = whole.rows.length === 0 || fitsHint(row, typed.hint ?? []);
      if (fits && !rows.includes(row)) rows.push(row);
    }
    const backed = rows.filter((row) => backedIfObscure(row, phraseKeys, articleText, anchors));
    if (backed.length === 0) continue;
    const hint = bare === null ? null : typed.hint;
    found.push({
      span,
      key: bare === null ? span.key : typed.base,
      hint,
      candidates: dropEnclosing(backed, hint),
      viaAltName: whole.rows.length === 0 ? (bare?.viaAltName ?? false) : whole.viaAltName,
    });
  }
  // A name inside a longer recognised name is part of it ("Shanghai" in "Shanghai World Expo Center").
  const mentions = found.filter(
    (m) =>
      !found.some(
        (other) =>
          other !== m &&
          other.span.segment === m.span.segment &&
          other.span.start <= m.span.start &&
          other.span.end >= m.span.end &&
          other.span.end - other.span.start > m.span.end - m.span.start,
      ),
  );
  return { phrase, mentions };
}

/** Whether two places of one phrase can describe the same spot: one country, one province. */
function sameArea(a: GazetteerRow, b: GazetteerRow): boolean {
  if (a.country !== b.country) return false;
  return a.kind === 'country' || b.kind === 'country' || a.province === b.province;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (const [i, value] of a.entries()) {
    const diff = value - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function precisionOf(row: GazetteerRow, hint: readonly PlaceKind[] | null): PlaceKind {
  if (!row.kindGuessed || hint === null) return row.kind;
  return hint.find((kind) => kind === 'town' || kind === 'district' || kind === 'city') ?? row.kind;
}

/** Recognises the places of a phrase and resolves the most specific one. */
function resolvePhrase(
  text: string,
  context: readonly string[],
  articleText: (key: string) => boolean,
  gazetteer: Gazetteer,
  anchors: PlaceQuery['anchors'] = [],
  neighbours: PlaceQuery['neighbours'] = [],
): Resolution | null {
  const { phrase, mentions } = findMentions(text, gazetteer, articleText, anchors);
  if (mentions.length === 0) return null;

  // Every other name of the phrase qualifies a mention, recognised or not ("Washington, D.C.").
  const phraseKeys = [...qualifierKeys([text]), ...mentions.map((m) => m.key)];
  const resolved = mentions.map((mention) => {
    const other = (q: string) => q !== mention.key && q !== mention.span.key;
    const choice = chooseCandidate(
      mention.candidates,
      {
        qualifiers: phraseKeys.filter(other),
        contextQualifiers: context.filter(other),
        hint: mention.hint,
        mentioned: articleText,
        anchors,
        neighbours,
      },
      gazetteer,
    );
    return { mention, choice, precision: precisionOf(choice.row, mention.hint) };
  });
  // The most specific place wins, unless it disagrees with the other names of the phrase while
  // another does not; a place known only by an alternate name yields to one known by its name.
  const conflicts = (r: (typeof resolved)[number]) =>
    resolved.filter((o) => o !== r && !sameArea(r.choice.row, o.choice.row));
  const rank = (r: (typeof resolved)[number]) => [
    conflicts(r).length > 0 ? 1 : 0,
    r.mention.viaAltName ? 1 : 0,
    KIND_ORDER.indexOf(r.precision),
  ];
  const target = resolved.reduce((best, r) => (compareRanks(rank(r), rank(best)) < 0 ? r : best));

  const warnings: string[] = [];
  let factor = target.mention.viaAltName ? 0.9 : 1;
  const parents = parentKeys(target.choice.row, gazetteer);
  const unknown = unrecognisedWords(phrase.segments, mentions).filter((w) => !parents.has(w));
  if (unknown.length > 0) {
    warnings.push(
      `only part of "${text}" is in the gazetteer (not: ${unknown.join(' ')}); placed at ${target.precision} level`,
    );
    factor *= 0.85;
  }
  const row = target.choice.row;
  const backed =
    (row.population ?? 0) >= STRAY_POPULATION ||
    row.kind === 'country' ||
    row.kind === 'province' ||
    // Only its province or city named backs a small place: a whole country names too many.
    [...adminKeys(row)].some((key) => key.length >= 4 && articleText(key));
  const stray = unknown.length > 0 && !backed;
  const disagreeing = conflicts(target);
  if (disagreeing.length > 0) {
    const where = (row: GazetteerRow) => row.province ?? row.country;
    warnings.push(
      `"${text}" names places in different areas: ${[target, ...disagreeing].map((r) => `${r.choice.row.name} (${where(r.choice.row)})`).join(', ')}`,
    );
    factor *= 0.6;
  }
  return { ...target, warnings, factor, stray };
}

function unrecognisedWords(
  segments: ReturnType<typeof parsePhrase>['segments'],
  mentions: readonly Mention[],
): string[] {
  const words: string[] = [];
  segments.forEach((segment, s) => {
    segment.forEach((word, w) => {
      const covered = mentions.some(
        (m) => m.span.segment === s && m.span.start <= w && w < m.span.end,
      );
      if (!covered && word.capitalised && !word.stop && !word.admin) words.push(word.key);
    });
  });
  return words;
}

function label(row: GazetteerRow): string {
  const parts: string[] = [];
  for (const part of [row.name, row.town, row.district, row.city, row.province, row.country]) {
    if (part !== null && parts.at(-1) !== part) parts.push(part);
  }
  return parts.join(', ');
}

function point(row: GazetteerRow): [number, number] {
  return [Math.round(row.lon * 1e5) / 1e5, Math.round(row.lat * 1e5) / 1e5];
}

function candidate(row: GazetteerRow): GeocodeCandidate {
  return { id: row.id, name: row.name, label: label(row), coordinates: point(row) };
}

/** The result for a place that could not be resolved: kept, with the reason as a warning. */
export function unplaced(warning: string): GeocodeResult {
  return {
    coordinates: null,
    venue: null,
    town: null,
    district: null,
    city: null,
    province: null,
    country: null,
    location_precision: 'unknown',
    geocoder: null,
    confidence: 0,
    candidates: [],
    warnings: [warning],
  };
}

function toResult(resolution: Resolution): GeocodeResult {
  const { choice, precision } = resolution;
  const row = choice.row;
  const warnings = [...resolution.warnings];
  let confidence = BASE_CONFIDENCE[choice.basis];
  if (choice.basis === 'unique' && choice.confirmed) confidence = 0.95;
  if (choice.basis === 'ambiguous' && choice.rivals.length > 2) confidence = 0.3;
  if (choice.rivals.length > 0) {
    const how =
      choice.basis === 'ambiguous' ? 'picked the first by population' : 'picked the most populous';
    warnings.push(
      `"${resolution.mention.key}" is ambiguous: ${choice.rivals.map(label).join(' | ')}; ${how}`,
    );
  }
  const level: LocationPrecision = precision;
  // A suffix may have corrected a guessed level ("Qibao Town"): the name moves to that level.
  const own = (kind: PlaceKind, value: string | null) =>
    precision === kind ? row.name : row.kind === kind && value === row.name ? null : value;
  return {
    coordinates: point(row),
    venue: row.kind === 'venue' || row.kind === 'zone' ? row.name : null,
    town: own('town', row.town),
    district: own('district', row.district),
    city: own('city', row.city),
    province: row.province,
    country: row.country,
    location_precision: level,
    geocoder: row.id,
    confidence: Math.round(confidence * resolution.factor * 100) / 100,
    candidates: choice.rivals.map(candidate),
    warnings,
  };
}

function continentResult(c: ContinentPoint): GeocodeResult {
  return {
    ...unplaced(`"${c.name}" is a continent`),
    coordinates: [c.lon, c.lat],
    location_precision: 'continent',
    geocoder: `geonames:${c.geonameid}`,
    confidence: 0.9,
    warnings: [],
  };
}

/**
 * Places a query offline: the most specific place its phrase names, disambiguated by the admin
 * names of the phrase, the context and the article. Never throws: an unplaceable query comes
 * back with null coordinates, precision "unknown", confidence 0 and a warning.
 */
export function geocode(query: PlaceQuery, gazetteer: Gazetteer): GeocodeResult {
  try {
    return placeQuery(query, gazetteer);
  } catch (error) {
    // A bug must cost one event its place, not the whole ingest its run.
    return unplaced(`geocoder failed on "${query.place ?? ''}": ${String(error)}`);
  }
}

// A street named for a place ("Washington Drive", "Ohio Street") says nothing of where the article is.
const STREET =
  /\b(?:[A-Z][\w'-]*\s){1,3}(?:Street|St\.|Avenue|Ave\.|Drive|Dr\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Parkway|Pkwy\.|Highway|Hwy\.|Court|Terrace|Turnpike|Pike)(?=\W|$)/g;

// "Argentina's" names Argentina: the key of the name must be found in the text.
const POSSESSIVE = /(?<=\p{L})['’]s\b/gu;

// The places of one article are geocoded one after another: its text is normalised once.
let lastText: string | null = null;
let lastNormalized = '';
function normalizedArticle(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastNormalized = ` ${normalizeName(text.replace(STREET, ' ').replace(POSSESSIVE, ''))} `;
  }
  return lastNormalized;
}

function placeQuery(query: PlaceQuery, gazetteer: Gazetteer): GeocodeResult {
  let normalizedText: string | null = null;
  const answers = new Map<string, boolean>();
  const articleText = (key: string) => {
    normalizedText ??= normalizedArticle(query.text);
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = normalizedText.includes(` ${key} `);
      answers.set(key, answer);
    }
    return answer;
  };
  const context = qualifierKeys(query.context);
  const place = query.place?.trim() ?? '';
  const continent = gazetteer.continents.get(normalizeName(place).replace(/^the /, ''));
  if (continent !== undefined) return continentResult(continent);

  if (place !== '') {
    const resolution = resolvePhrase(
      place,
      context,
      articleText,
      gazetteer,
      query.anchors,
      query.neighbours,
    );
    if (resolution?.stray === true) {
      const row = resolution.choice.row;
      return {
        ...unplaced(
          `"${place}" matched only by its word "${row.name}", a small place (${label(row)}) that nothing else in the article backs; left unplaced`,
        ),
        candidates: [candidate(row)],
      };
    }
    if (resolution !== null && !namesInstitution(place, resolution)) return toResult(resolution);
    if (resolution !== null) {
      const finer = byContext(
        query,
        articleText,
        gazetteer,
        KIND_ORDER.indexOf(resolution.precision),
      );
      return finer === null
        ? toResult(resolution)
        : toResult({
            ...finer,
            factor: finer.factor * 0.7,
            warnings: [
              `"${place}" is not in the gazetteer and only opens with a place name; placed by its context "${finer.name}"`,
              ...finer.warnings,
            ],
          });
    }
  }
  const found = byContext(query, articleText, gazetteer, KIND_ORDER.length);
  if (found === null)
    return unplaced(place === '' ? 'no place named' : `"${place}" is not in the gazetteer`);
  const what = place === '' ? 'no place named' : `"${place}" is not in the gazetteer`;
  return toResult({
    ...found,
    factor: found.factor * 0.7,
    warnings: [`${what}; placed by its context "${found.name}"`, ...found.warnings],
  });
}

/** Words that end an institution's name: the place opening it ("Zhejiang University") is its namesake. */
const INSTITUTION_END =
  /\b(?:University|College|Institute|Academy|School|Association|Federation|Society|Committee|Commission|Council|Ministry|Bureau|Hospital)$/i;

/** The gazetteer knows only the place that opens the institution's name, not the institution. */
function namesInstitution(place: string, resolution: Resolution): boolean {
  const precision = resolution.precision;
  return INSTITUTION_END.test(place) && precision !== 'venue' && precision !== 'zone';
}

/** The first context name resolving more specifically than `coarserThan` (a KIND_ORDER index). */
function byContext(
  query: PlaceQuery,
  articleText: (key: string) => boolean,
  gazetteer: Gazetteer,
  coarserThan: number,
): (Resolution & { name: string }) | null {
  for (const [i, name] of query.context.entries()) {
    const rest = qualifierKeys(query.context.slice(i + 1));
    const resolution = resolvePhrase(name, rest, articleText, gazetteer);
    if (resolution === null) continue;
    if (KIND_ORDER.indexOf(resolution.precision) >= coarserThan) return null;
    return { ...resolution, name };
  }
  return null;
}
