// Chooses an event's place among the places bound to it: the most specific one the text gives,
// else a place in its name ("2022 Shanghai Global Investment Promotion Conference"), else the
// place of an event it is dated against in the same sentence.
import type { AnalysedSentence } from './analyse-sentence.ts';
import type { Bindings, PlaceBinding } from './bindings.ts';
import type { Entity } from './entities.ts';
import { contextFromArticle, type ArticlePlace } from './place-context.ts';
import { lookupPlace } from './place-lexicon.ts';
import { levelRank } from './place-names.ts';

export interface PlaceDecision {
  place: string | null;
  context: string[];
  evidence: string | null;
  /** The text itself places the event (not only its name). */
  placedByText: boolean;
  warnings: string[];
}

function better(a: PlaceBinding, b: PlaceBinding): boolean {
  const ra = levelRank(a.place.level);
  const rb = levelRank(b.place.level);
  if (ra !== rb) return ra > rb;
  if (a.place.name.length !== b.place.name.length) return a.place.name.length > b.place.name.length;
  if (a.score !== b.score) return a.score > b.score;
  return a.sentence < b.sentence;
}

function placeInName(forms: string[]): string | null {
  for (const form of forms) {
    const words = form
      .replace(/[()"“”]/g, ' ')
      .split(/\s+/)
      .filter((w) => w !== '');
    for (let size = 3; size >= 1; size -= 1) {
      for (let i = 0; i + size <= words.length; i += 1) {
        const known = lookupPlace(words.slice(i, i + size).join(' '));
        if (known !== null && known.level !== 'country') return known.name;
      }
    }
  }
  return null;
}

export function decidePlace(
  entity: Entity,
  sentences: AnalysedSentence[],
  bindings: Bindings,
  article: ArticlePlace[],
): PlaceDecision {
  let best: PlaceBinding | null = null;
  for (const b of bindings.places)
    if (b.entity === entity.id && (best === null || better(b, best))) best = b;
  if (best !== null) {
    const phrase = best.place.context;
    return {
      place: best.place.name,
      context: [
        ...phrase,
        ...contextFromArticle(best.place.name, best.place.level, phrase, article),
      ],
      evidence: sentences[best.sentence]?.text ?? null,
      placedByText: true,
      warnings: [],
    };
  }
  const named = placeInName(entity.forms);
  if (named !== null) {
    return {
      place: named,
      context: [],
      evidence: null,
      placedByText: false,
      warnings: ['place taken from the event name'],
    };
  }
  for (const r of bindings.relations) {
    if (r.entity !== entity.id) continue;
    const anchorPlace = bindings.places.find(
      (p) => p.entity === r.anchor.entity && p.sentence === r.sentence,
    );
    if (anchorPlace === undefined) continue;
    const phrase = anchorPlace.place.context;
    return {
      place: anchorPlace.place.name,
      context: [
        ...phrase,
        ...contextFromArticle(anchorPlace.place.name, anchorPlace.place.level, phrase, article),
      ],
      evidence: sentences[r.sentence]?.text ?? null,
      placedByText: true,
      warnings: ['place taken from an event held beside it in the same sentence'],
    };
  }
  return {
    place: null,
    context: [],
    evidence: null,
    placedByText: false,
    warnings: ['no place found'],
  };
}
