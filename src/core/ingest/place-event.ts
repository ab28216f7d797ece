import type { Article } from '../article.ts';
import type { ExtractedEvent } from '../extract/extracted-event.ts';
import { geocode } from '../geocode/geocode.ts';
import type { Gazetteer } from '../geocode/gazetteer.ts';
import type { GeocodeResult } from '../geocode/geocode-result.ts';
import { placeFromText } from '../geocode/place-from-text.ts';

const COARSE = new Set(['country', 'province', 'unknown']);

/** The two lines after a sentence: a roundup's item says where it is below its name and dates. */
function following(article: Article, sentence: string | null): string[] {
  if (sentence === null) return [];
  const at = article.text.indexOf(sentence);
  if (at < 0) return [];
  return article.text
    .slice(at + sentence.length)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, 2);
}

/** The headline and the first paragraph: where a report says where it happens. */
function lead(article: Article): string[] {
  const first = article.text.split('\n').find((line) => line.trim() !== '') ?? '';
  return article.title === null ? [first] : [article.title, first];
}

/** The text's place is finer than the phrase's and inside it (a city of the named country). */
function refines(text: GeocodeResult, phrase: GeocodeResult): boolean {
  if (phrase.coordinates === null) return true;
  if (text.country !== phrase.country) return false;
  return phrase.location_precision !== 'province' || text.province === phrase.province;
}

/**
 * Geocodes an extracted event: its place phrase with its context; when that places it nowhere or
 * only at a country or province, the places its sentences name after "in" or "at".
 */
export function placeEvent(
  event: ExtractedEvent,
  article: Article,
  gazetteer: Gazetteer,
): GeocodeResult {
  const phrase = geocode(
    { place: event.place, context: event.placeContext, text: article.text },
    gazetteer,
  );
  if (!COARSE.has(phrase.location_precision)) return phrase;
  const { place, date } = event.evidence;
  const sentences = [place, date, ...following(article, place ?? date), ...lead(article)].filter(
    (s): s is string => s !== null,
  );
  const text = placeFromText({ sentences, text: article.text, eventName: event.name }, gazetteer);
  return text !== null && !COARSE.has(text.location_precision) && refines(text, phrase)
    ? text
    : phrase;
}
