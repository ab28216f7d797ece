import { geocodeArticle } from './geocode-article.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { GeocodeResult } from './geocode-result.ts';
import { KIND_ORDER, type PlaceKind } from './gazetteer.ts';

export interface TextPlaceQuery {
  /** Sentences about the event, most telling first (its evidence, then the headline and lead). */
  sentences: readonly string[];
  /** The whole article, for the evidence of admin names named elsewhere. */
  text: string;
  /** The event's own name: a place inside it ("Forest City Summit") does not place it. */
  eventName: string;
}

// A capitalised phrase after a word that places something: "in Hamilton", "at RBC Place London",
// "held in Cork, Ireland", or after a dash in a listing ("Fintech Day — Ho Chi Minh City, 27 June").
// Small linking words may sit inside ("Palais des Congrès").
const CAPITALISED = String.raw`[\p{Lu}][\p{L}\p{M}'’.-]*`;
const LINK = String.raw`(?:of|de|des|du|del|la|le|di|da|am|an|der|and|on)`;
const LINK_WORD = new RegExp(`^${LINK}$`);
const PHRASE = String.raw`${CAPITALISED}(?:\s+(?:${LINK}\s+)?${CAPITALISED}){0,5}`;
const LOCATIVE = new RegExp(
  String.raw`(?:\b(?:in|at|near|inside|across|on)|\s[—–])\s+(?:the\s+)?(${PHRASE}(?:,\s+${PHRASE}){0,2})`,
  'gu',
);
// A division named with its type needs no preposition: "Foshan's Shunde District opens its labs".
const TYPED = new RegExp(
  String.raw`(${PHRASE}\s+(?:District|County|New Area|Prefecture|Province|Zone|Park))\b`,
  'gu',
);
// A place that hosts, or a town named as one, needs no preposition either: "Córdoba hosts from
// today…", "the resort town of Victoria Falls".
const HOST = new RegExp(
  String.raw`(?:^|[.;:!?]\s+)(${PHRASE})\s+(?:hosts|will host|is hosting|is to host|welcomes|plays host|played host|hosted)\b`,
  'gu',
);
// A place introduced by an apposition: "Anji, a county of about 590,000 people", "Legon, the
// suburb of Accra".
const APPOSITION = new RegExp(
  String.raw`(?:^|[.;:!?]\s+)(${PHRASE}),\s+(?:a|an|the)\s+(?:[\p{Ll}\d,.-]+\s+){0,3}(?:county|city|town|district|village|suburb|municipality|province|region|port|capital|island)\b`,
  'gu',
);
// A local government names its place: "Cork City Council", "Hangzhou Municipal People's Government".
const COUNCIL = new RegExp(
  String.raw`(${PHRASE})\s+(?:City|County|Town|Borough|District|Municipal|Metropolitan|Provincial)(?:\s+People['’]s)?\s+(?:Council|Government|Corporation)\b`,
  'gu',
);
const TOWN_OF = new RegExp(
  String.raw`\b(?:city|town|village|capital|municipality) of\s+(${PHRASE})`,
  'gu',
);
// "RBC Place London on York Street": the street is no place of its own.
const ON_STREET =
  /\s+on\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Street|Road|Avenue|Boulevard|Lane|Drive|Way|Square)$/u;
// "on My Khe beach", "at the Lingang campus": a beach, river or campus of that name, not a town
// (an island often is one: "on Hengqin island").
const FEATURE_AFTER =
  /^\s+(?:beach|river|lake|mountain|campus|waterfront|riverside|street|road|avenue|square)\b/;
// "on Monday", "in March": times, not places.
const TIME_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
const MIN_CONFIDENCE = 0.5;
// A place found this way is a reading, not a statement: it says less than a place phrase would.
const TEXT_FACTOR = 0.8;

/** "Izmir May 3": the place ends where a month or weekday begins. */
function untilTime(phrase: string): string {
  const words = phrase.split(/\s+/);
  const end = words.findIndex((w, i) => i > 0 && TIME_WORD.test(w));
  if (end < 0) return phrase;
  // "… Summit on Friday": the linking word before the time goes with it.
  const kept = words.slice(0, end);
  while (kept.length > 1 && LINK_WORD.test(kept.at(-1) ?? '')) kept.pop();
  return kept.join(' ');
}

function phrasesOf(sentence: string, eventName: string): string[] {
  const phrases: string[] = [];
  const read = (re: RegExp, besideName: boolean) => {
    for (const match of sentence.matchAll(re)) {
      const after = sentence.slice(match.index + match[0].length);
      if (FEATURE_AFTER.test(after)) continue;
      const phrase = untilTime(match[1] ?? '')
        .replace(/[.,]+$/, '')
        .replace(/['’]s$/, '')
        .replace(ON_STREET, '');
      if (phrase.length < 3 || TIME_WORD.test(phrase)) continue;
      if (!besideName && eventName.includes(phrase)) continue;
      if (!phrases.includes(phrase)) phrases.push(phrase);
    }
  };
  read(LOCATIVE, false);
  read(TYPED, false);
  // "Córdoba hosts … the Semana del Software de Córdoba": the host is named apart from the name.
  read(HOST, true);
  read(TOWN_OF, true);
  read(COUNCIL, true);
  read(APPOSITION, true);
  return phrases;
}

function rank(kind: string): number {
  const i = KIND_ORDER.indexOf(kind as PlaceKind);
  return i < 0 ? KIND_ORDER.length : i;
}

/**
 * Places an event by the places its sentences name after "in", "at", "from"…, when its own place
 * phrase gave nothing: the first sentence that names a city or finer wins (else the first that
 * names a country or province), and within it the most specific place. Null when none names one.
 */
export function placeFromText(query: TextPlaceQuery, gazetteer: Gazetteer): GeocodeResult | null {
  const perSentence = query.sentences.map((s) => phrasesOf(s, query.eventName));
  const all = perSentence.flat();
  if (all.length === 0) return null;
  const results = geocodeArticle(all, query.text, gazetteer);
  let offset = 0;
  // The first sentence naming a city or finer wins; a country or province only when none does.
  let coarse: { phrase: string; result: GeocodeResult } | null = null;
  for (const phrases of perSentence) {
    const found = phrases
      .map((phrase, i) => ({ phrase, result: results[offset + i] }))
      .filter(
        (r): r is { phrase: string; result: GeocodeResult } =>
          r.result?.coordinates != null && r.result.confidence >= MIN_CONFIDENCE,
      );
    offset += phrases.length;
    const best = found.reduce<(typeof found)[number] | null>(
      (b, r) =>
        b === null || rank(r.result.location_precision) < rank(b.result.location_precision) ? r : b,
      null,
    );
    if (best === null) continue;
    if (rank(best.result.location_precision) < rank('province')) return fromText(best);
    coarse ??= best;
  }
  return coarse === null ? null : fromText(coarse);
}

function fromText({ phrase, result }: { phrase: string; result: GeocodeResult }): GeocodeResult {
  return {
    ...result,
    confidence: Math.round(result.confidence * TEXT_FACTOR * 100) / 100,
    warnings: [`placed by "${phrase}", named in the text about the event`, ...result.warnings],
  };
}
