import { geocode } from './geocode.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { GeocodeResult } from './geocode-result.ts';

// A place placed this surely anchors the others: a unique name, one its phrase qualifies, or one
// dwarfing its namesakes.
const ANCHOR_CONFIDENCE = 0.85;

/**
 * Places every place name of one article together: names that settle on their own anchor the
 * rest, so that "Dublin" beside "Franklin County" and "Columbus" is the one in Ohio.
 */
export function geocodeArticle(
  names: readonly string[],
  text: string,
  gazetteer: Gazetteer,
): GeocodeResult[] {
  const first = names.map((place) => geocode({ place, context: [], text }, gazetteer));
  const anchors = first.flatMap((r) =>
    r.coordinates !== null && r.confidence >= ANCHOR_CONFIDENCE
      ? [{ coordinates: r.coordinates, country: r.country, province: r.province }]
      : [],
  );
  if (anchors.length === 0) return first;
  return names.map((place, i) => {
    const settled = first[i];
    if (settled !== undefined && settled.confidence >= ANCHOR_CONFIDENCE) return settled;
    return geocode({ place, context: [], text, anchors }, gazetteer);
  });
}
