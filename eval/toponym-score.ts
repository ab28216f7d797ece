import { haversineKm } from '../src/core/ingest/distance.ts';
import type { CorpusArticle } from './corpora.ts';

/** [lon, lat] for each toponym of an article, in order, or null where it was not placed. */
export type ToponymResolver = (article: CorpusArticle) => ([number, number] | null)[];

export interface ToponymScore {
  toponyms: number;
  /** Share placed within 161 km of the gold point (Acc@161km, Gritta et al.). */
  acc161: number;
  /** Share placed within 5 km. */
  acc5: number;
  /** Mean error in km; an unplaced toponym counts as half the Earth's circumference, as in the literature. */
  meanKm: number;
  unplaced: number;
}

const UNPLACED_KM = 20_038;

export function scoreToponyms(
  articles: readonly CorpusArticle[],
  resolve: ToponymResolver,
): ToponymScore {
  let n = 0;
  let within161 = 0;
  let within5 = 0;
  let sumKm = 0;
  let unplaced = 0;
  for (const article of articles) {
    const placed = resolve(article);
    article.toponyms.forEach((gold, i) => {
      const at = placed[i] ?? null;
      const km = at === null ? UNPLACED_KM : haversineKm(at, [gold.lon, gold.lat]);
      n++;
      sumKm += km;
      if (at === null) unplaced++;
      if (km <= 161) within161++;
      if (km <= 5) within5++;
    });
  }
  const share = (k: number) => (n === 0 ? 0 : k / n);
  return {
    toponyms: n,
    acc161: share(within161),
    acc5: share(within5),
    meanKm: n === 0 ? 0 : sumKm / n,
    unplaced,
  };
}
