import type { Article } from '../article.ts';
import type { ExtractedEvent } from '../extract/extracted-event.ts';
import { geocode } from '../geocode/geocode.ts';
import type { Gazetteer } from '../geocode/gazetteer.ts';
import type { GeocodeResult } from '../geocode/geocode-result.ts';
import { placeFromText } from '../geocode/place-from-text.ts';

const COARSE = new Set(['country', 'province', 'unknown']);

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
  const sentences = [event.evidence.place, event.evidence.date, ...lead(article)].filter(
    (s): s is string => s !== null,
  );
  const text = placeFromText({ sentences, text: article.text, eventName: event.name }, gazetteer);
  return text !== null && !COARSE.has(text.location_precision) && refines(text, phrase)
    ? text
    : phrase;
}
