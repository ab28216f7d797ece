import { geocode } from './geocode.ts';
import type { Gazetteer } from './gazetteer.ts';
import { nameKeys, normalizeName } from './normalize.ts';
import type { GeocodeResult } from './geocode-result.ts';

// A place placed this surely needs no second look: a unique name, one its phrase qualifies, or
// one dwarfing its namesakes.
const ANCHOR_CONFIDENCE = 0.85;
// A place placed at least this surely (by population) tells the others where the article is.
const HINT_CONFIDENCE = 0.6;
// A name with more namesakes than this says nothing about where the others lie.
const MAX_NAMESAKES = 30;

/** Every point a name could be, or none for a name too common to tell anything. */
function pointsOf(name: string, gazetteer: Gazetteer): [number, number][] {
  const rows = new Set(
    [normalizeName(name), ...nameKeys(name)].flatMap((key) => gazetteer.byName.get(key) ?? []),
  );
  // An obscure place is no clue until the article backs it.
  const known = [...rows].filter((row) => row.obscure !== true);
  return known.length > MAX_NAMESAKES ? [] : known.map((row) => [row.lon, row.lat]);
}

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
  // A name's own first guess, or that of another phrase naming the same place ("London,
  // England" beside "RBC Place London"), is left out: a name must not vote for itself.
  const keys = names.map((n) => ` ${normalizeName(n)} `);
  const placeKeys = first.map((r) => {
    const name = r.venue ?? r.town ?? r.district ?? r.city ?? r.province;
    return name === null ? null : ` ${normalizeName(name)} `;
  });
  const settledBesides = (i: number) =>
    first.flatMap((r, j) => {
      const own = keys[i] ?? '';
      const itself =
        own.includes(keys[j] ?? '') ||
        (keys[j] ?? '').includes(own) ||
        own.includes(placeKeys[j] ?? '\0');
      return r.coordinates !== null && r.confidence >= HINT_CONFIDENCE && !itself
        ? [{ coordinates: r.coordinates, country: r.country, province: r.province }]
        : [];
    });
  const distinct = [...new Set(names)];
  const points = new Map(distinct.map((name) => [name, pointsOf(name, gazetteer)]));
  return names.map((place, i) => {
    const settled = first[i];
    if (settled !== undefined && settled.confidence >= ANCHOR_CONFIDENCE) return settled;
    const neighbours = distinct.filter((n) => n !== place).map((n) => points.get(n) ?? []);
    return geocode({ place, context: [], text, anchors: settledBesides(i), neighbours }, gazetteer);
  });
}
