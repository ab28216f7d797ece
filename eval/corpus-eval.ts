// Scores toponym resolution on the public corpora: our geocoder beside the population baseline
// and the ceiling of the same gazetteer.
import { haversineKm } from '../src/core/ingest/distance.ts';
import { geocodeArticle } from '../src/core/geocode/geocode-article.ts';
import type { Gazetteer, GazetteerRow } from '../src/core/geocode/gazetteer.ts';
import { nameKeys, normalizeName } from '../src/core/geocode/normalize.ts';
import { CORPORA, readCorpus, type CorpusArticle } from './corpora.ts';
import { scoreToponyms, type ToponymResolver, type ToponymScore } from './toponym-score.ts';

export interface CorpusResult {
  corpus: string;
  missing?: string;
  geocoder?: ToponymScore;
  baseline?: ToponymScore;
  ceiling?: ToponymScore;
}

/** Every row the gazetteer files under the phrase: its name, its name without suffix, its alternate names. */
export function namesakes(phrase: string, gazetteer: Gazetteer): GazetteerRow[] {
  const rows = new Set<GazetteerRow>();
  for (const key of new Set([normalizeName(phrase), ...nameKeys(phrase)])) {
    for (const row of gazetteer.byName.get(key) ?? []) rows.add(row);
    for (const row of gazetteer.byAltName.get(key) ?? []) rows.add(row);
  }
  return [...rows];
}

const at = (row: GazetteerRow): [number, number] => [row.lon, row.lat];

function populationBaseline(gazetteer: Gazetteer): ToponymResolver {
  return (article) =>
    article.toponyms.map((t) => {
      const rows = namesakes(t.phrase, gazetteer);
      const best = rows.reduce<GazetteerRow | null>(
        (b, r) => (b === null || (r.population ?? 0) > (b.population ?? 0) ? r : b),
        null,
      );
      return best === null ? null : at(best);
    });
}

/** The gold point itself when any namesake lies within 161 km of it: what a perfect choice would score. */
function gazetteerCeiling(gazetteer: Gazetteer): ToponymResolver {
  return (article) =>
    article.toponyms.map((t) => {
      const rows = namesakes(t.phrase, gazetteer);
      const near = rows.find((r) => haversineKm(at(r), [t.lon, t.lat]) <= 161);
      return near === undefined ? null : at(near);
    });
}

function geocoderResolver(gazetteer: Gazetteer): ToponymResolver {
  return (article: CorpusArticle) =>
    geocodeArticle(
      article.toponyms.map((t) => t.phrase),
      article.text,
      gazetteer,
    ).map((r) => r.coordinates);
}

export function evaluateCorpora(gazetteer: Gazetteer): CorpusResult[] {
  return CORPORA.map(({ name, file }) => {
    const read = readCorpus(file);
    if ('missing' in read) return { corpus: name, missing: read.missing };
    return {
      corpus: name,
      geocoder: scoreToponyms(read.articles, geocoderResolver(gazetteer)),
      baseline: scoreToponyms(read.articles, populationBaseline(gazetteer)),
      ceiling: scoreToponyms(read.articles, gazetteerCeiling(gazetteer)),
    };
  });
}
