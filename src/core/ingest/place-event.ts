import type { Article } from '../article.ts';
import { readDateline } from '../extract/dateline.ts';
import type { ExtractedEvent } from '../extract/extracted-event.ts';
import { isListLine } from '../extract/roundup.ts';
import { geocode, unplaced } from '../geocode/geocode.ts';
import type { Gazetteer } from '../geocode/gazetteer.ts';
import type { GeocodeResult } from '../geocode/geocode-result.ts';
import { placeFromText } from '../geocode/place-from-text.ts';
import { haversineKm } from './distance.ts';

const COARSE = new Set(['continent', 'country', 'province', 'unknown']);
// Below this a place phrase was only guessed (by its context, or among namesakes): the text may
// say better.
const UNSURE = 0.7;
const SAME_PLACE_KM = 25;

/**
 * The rest of a sentence's paragraph, and the next one unless it is a listing's next item: a
 * roundup's item says where it is below its name and dates.
 */
function following(article: Article, sentence: string | null): string[] {
  if (sentence === null) return [];
  const at = article.text.indexOf(sentence);
  if (at < 0) return [];
  const [paragraph = '', next = ''] = article.text.slice(at + sentence.length).split(/\n\s*\n/);
  const lines = paragraph.split('\n');
  // Prose goes on in the next paragraph; a listing's next paragraph is its next item.
  if (!LIST_ITEM.test(sentence) && !LIST_ITEM.test(next.trim())) lines.push(next);
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}

const LIST_ITEM = /^(?:[*#•-]|\d+[.)]\s)/;

/** The headline and the first paragraph: where a report says where it happens. */
function lead(article: Article): string[] {
  const first = article.text.split('\n').find((line) => line.trim() !== '') ?? '';
  return article.title === null ? [first] : [article.title, first];
}

/** The text's place is finer than the phrase's and inside it (a city of the named country). */
function refines(text: GeocodeResult, phrase: GeocodeResult): boolean {
  if (phrase.coordinates === null || phrase.country === null) return true;
  if (text.country !== phrase.country) return false;
  return phrase.location_precision !== 'province' || text.province === phrase.province;
}

/** Where the story was filed from ("ANKARA —", "Legon, Accra –"), as a phrase. */
function datelinePlace(article: Article): string | null {
  const first = article.text.split('\n').find((line) => line.trim() !== '') ?? '';
  const dateline = readDateline(first.trim());
  if (dateline === null) return null;
  return dateline.region === null ? dateline.city : `${dateline.city}, ${dateline.region}`;
}

function kmApart(a: GeocodeResult, b: GeocodeResult): number {
  return a.coordinates === null || b.coordinates === null
    ? Infinity
    : haversineKm(a.coordinates, b.coordinates);
}

/**
 * The place a listing line gives its event ("Baltic DevDays — Tallinn, 19-20 October"): in a
 * roundup the item's own line outranks a place the article names elsewhere.
 */
function listedPlace(
  event: ExtractedEvent,
  article: Article,
  gazetteer: Gazetteer,
): GeocodeResult | null {
  const line = event.evidence.date;
  if (line === null || !isListLine(line)) return null;
  const found = placeFromText(
    { sentences: [line], text: article.text, eventName: event.name },
    gazetteer,
  );
  return found === null || COARSE.has(found.location_precision) ? null : found;
}

/**
 * Geocodes an extracted event: its place phrase with its context. The text's own "in Izmir" or
 * "at … in Mombasa" places it instead when the phrase places it nowhere, only at a country or
 * province, only by a guess, or only by the dateline (where the story was filed from).
 */
export function placeEvent(
  event: ExtractedEvent,
  article: Article,
  gazetteer: Gazetteer,
): GeocodeResult {
  const placed = placeByPhraseOrText(event, article, gazetteer);
  // A point in the middle of a continent would say more than the article does.
  if (placed.location_precision !== 'continent') return placed;
  return unplaced(`"${event.place ?? ''}" names only a continent; kept without a point`);
}

function placeByPhraseOrText(
  event: ExtractedEvent,
  article: Article,
  gazetteer: Gazetteer,
): GeocodeResult {
  const phrase = geocode(
    { place: event.place, context: event.placeContext, text: article.text },
    gazetteer,
  );
  const filedFrom = datelinePlace(article);
  const byDateline =
    filedFrom !== null && event.place !== null && filedFrom.startsWith(event.place);
  const coarse = COARSE.has(phrase.location_precision);
  const listed = listedPlace(event, article, gazetteer);
  if (listed !== null && kmApart(listed, phrase) > SAME_PLACE_KM) return listed;
  if (!coarse && !byDateline && phrase.confidence >= UNSURE) return phrase;

  const { place, date } = event.evidence;
  const sentences = [place, date, ...following(article, place ?? date), ...lead(article)];
  if (coarse && filedFrom !== null) sentences.push(`in ${filedFrom}`);
  const text = placeFromText(
    {
      sentences: sentences.filter((s): s is string => s !== null),
      text: article.text,
      eventName: event.name,
    },
    gazetteer,
  );
  if (text === null || COARSE.has(text.location_precision)) return phrase;
  if (coarse) return refines(text, phrase) ? text : phrase;
  // A city the dateline or a guess gave yields to another the text names for the event.
  if (kmApart(text, phrase) <= SAME_PLACE_KM) return phrase;
  if ((byDateline && text.confidence >= UNSURE) || text.confidence > phrase.confidence) {
    const why = byDateline
      ? `"${event.place ?? ''}" is where the story was filed from`
      : `"${event.place ?? ''}" was only a guess (confidence ${phrase.confidence})`;
    return { ...text, warnings: [`${why}; the text places the event elsewhere`, ...text.warnings] };
  }
  return phrase;
}
