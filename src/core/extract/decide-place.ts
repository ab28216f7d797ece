// Chooses an event's place among the places bound to it: the most specific one the text gives,
// else a place in its name ("2022 Shanghai Global Investment Promotion Conference"), else the
// place of an event it is dated against in the same sentence.
import type { AnalysedSentence } from './analyse-sentence.ts';
import type { Bindings, PlaceBinding } from './bindings.ts';
import type { Entity } from './entities.ts';
import { contextFromArticle, type ArticlePlace } from './place-context.ts';
import { lookupPlace } from './place-lexicon.ts';
import { levelRank, placeLevel } from './place-names.ts';

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
  if (a.place.context.length !== b.place.context.length) {
    return a.place.context.length > b.place.context.length;
  }
  if (a.score !== b.score) return a.score > b.score;
  return a.sentence < b.sentence;
}

/** Stable sort from the narrowest place to the widest. */
function nearestFirst(names: string[]): string[] {
  return names
    .map((name, i) => ({ name, i, rank: levelRank(placeLevel(name)) }))
    .sort((a, b) => b.rank - a.rank || a.i - b.i)
    .map((x) => x.name);
}

/** "Shenzhen Convention and Exhibition Center" is in Shenzhen, "Olympia London" in London. */
function leadingCity(name: string): string | null {
  const words = name.split(/\s+/);
  for (const size of [2, 1]) {
    if (words.length <= size) continue;
    for (const part of [words.slice(0, size), words.slice(-size)]) {
      const known = lookupPlace(part.join(' '));
      if (known?.level === 'city') return known.name;
    }
  }
  return null;
}

/** Words that end the proper name of a body: a place inside such a name is not where it meets. */
const BODY_WORDS =
  /^(?:Association|University|College|Institute|Academy|Federation|Committee|Commission|Bureau|Government|Company|Group|Corporation|Council|Society|Alliance|Cent(?:er|re)|Union|Chamber|Foundation|Ministry|Department|Administration|Agency|Office|Club|Bank|Exchange)$/;

/** Not a body when a venue word names the building: "Hong Kong Convention and Exhibition Centre". */
const VENUE_BEFORE =
  /^(?:Convention|Exhibition|Expo|Conference|Sports|Trade|Congress|Event|Events)$/;

const NAME_CONNECTORS = /^(?:of|and|for|on|the|&)$/;

/** "Hong Kong" in "Hong Kong Blockchain Association …": the place opens a body's proper name. */
function opensBodyName(words: string[], from: number): boolean {
  for (let i = from; i < words.length; i += 1) {
    const w = words[i] ?? '';
    if (BODY_WORDS.test(w)) return !VENUE_BEFORE.test(words[i - 1] ?? '');
    if (!/^\p{Lu}/u.test(w) && !NAME_CONNECTORS.test(w)) return false;
  }
  return false;
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
        if (known === null || known.level === 'country') continue;
        if (!opensBodyName(words, i + size)) return known.name;
      }
    }
  }
  return null;
}

function fromBinding(
  b: PlaceBinding,
  sentences: AnalysedSentence[],
  article: ArticlePlace[],
  warnings: string[],
): PlaceDecision {
  const { name, level } = b.place;
  const city = level === 'venue' || level === 'zone' ? leadingCity(name) : null;
  const context =
    city === null || b.place.context.includes(city) ? b.place.context : [...b.place.context, city];
  return {
    place: name,
    context: nearestFirst([...context, ...contextFromArticle(name, level, context, article)]),
    evidence: sentences[b.sentence]?.text ?? null,
    placedByText: true,
    warnings,
  };
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
  const own = new Set(
    bindings.places.filter((b) => b.entity === entity.id).map((b) => b.place.name),
  );
  // A district or venue where the text places another event does not qualify this one.
  const others = new Set(
    bindings.places
      .filter((b) => b.entity !== entity.id && !own.has(b.place.name))
      .filter((b) => levelRank(b.place.level) >= levelRank('district'))
      .map((b) => b.place.name),
  );
  article = article.filter((p) => !others.has(p.name));
  if (best !== null) return fromBinding(best, sentences, article, []);
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
    const beside = bindings.places.find(
      (p) => p.entity === r.anchor.entity && p.sentence === r.sentence,
    );
    if (beside !== undefined) {
      return fromBinding(beside, sentences, article, [
        'place taken from an event held beside it in the same sentence',
      ]);
    }
  }
  return {
    place: null,
    context: [],
    evidence: null,
    placedByText: false,
    warnings: ['no place found'],
  };
}
