// Places an article names on their own ("Shanghai's digital economy", "in Xuhui District"),
// counted, to qualify an event's place with what the text says around it: a venue in Caohejing
// becomes ["Xuhui District", "Shanghai"]. Origins ("experts from Beijing") and lists of cities
// are left out: they say where people came from, not where the event was.
import type { AnalysedSentence } from './analyse-sentence.ts';
import { lookupPlace, type PlaceLevel } from './place-lexicon.ts';
import {
  levelRank,
  looksLikeOrganisation,
  lowerAdminSuffix,
  placeLevel,
  stripDirection,
} from './place-names.ts';

export interface ArticlePlace {
  name: string;
  level: PlaceLevel;
  count: number;
  first: number;
}

const CONTEXT_LEVELS = new Set<PlaceLevel>(['town', 'district', 'city', 'province', 'country']);

interface Standalone {
  name: string;
  /** Introduced by "from": where people came from, not where things happen. */
  origin: boolean;
}

/** Splits a run at possessives and at "and": "Shanghai and Xuhui District", "China's Zhejiang Province". */
function standalonePlaces(s: AnalysedSentence): Standalone[] {
  const found: Standalone[] = [];
  for (const run of s.runs) {
    if (s.text.charAt(run.index + run.text.length) === '$') continue;
    const origin = s.tokens[run.from - 1]?.text === 'from';
    let to = run.to;
    if (lowerAdminSuffix(s.tokens[to]?.text ?? '')) to += 1;
    let start = run.from;
    for (let i = run.from; i < to; i += 1) {
      const t = s.tokens[i];
      const next = s.tokens[i + 1];
      const boundary =
        t?.possessive === true || i === to - 1 || next?.text === 'and' || next?.text === '&';
      if (t === undefined || !boundary) continue;
      const first = s.tokens[start];
      if (first !== undefined) {
        const name = stripDirection(
          s.text.slice(first.index, t.index + t.text.length).replace(/['’]s$/, ''),
        );
        const level = placeLevel(name);
        if (level !== null && CONTEXT_LEVELS.has(level) && !looksLikeOrganisation(name))
          found.push({ name, origin });
      }
      start = next?.text === 'and' || next?.text === '&' ? i + 2 : i + 1;
      if (start > i + 1) i += 1;
    }
  }
  return found;
}

/** The dateline city counts as two mentions: it is where the story was filed. */
const DATELINE_WEIGHT = 2;

export function articlePlaces(
  sentences: AnalysedSentence[],
  datelineCity: string | null = null,
): ArticlePlace[] {
  const byName = new Map<string, ArticlePlace>();
  const datelineLevel = datelineCity === null ? null : placeLevel(datelineCity);
  if (datelineCity !== null && datelineLevel !== null) {
    byName.set(datelineCity.toLowerCase(), {
      name: datelineCity,
      level: datelineLevel,
      count: DATELINE_WEIGHT,
      first: 0,
    });
  }
  sentences.forEach((s, pos) => {
    const found = standalonePlaces(s);
    if (new Set(found.map((f) => f.name)).size >= 3 && /,/.test(s.text)) return;
    for (const { name, origin } of found) {
      if (origin) continue;
      const key = name.toLowerCase();
      const level = placeLevel(name);
      if (level === null) continue;
      const known = byName.get(key);
      if (known === undefined) byName.set(key, { name, level, count: 1, first: pos });
      else known.count += 1;
    }
  });
  return [...byName.values()];
}

const ADMIN_SUFFIX = /\s+(?:District|County|City|Province|Town|Township|Municipality|New Area)$/i;

function known(name: string): ReturnType<typeof lookupPlace> {
  return lookupPlace(name) ?? lookupPlace(name.replace(ADMIN_SUFFIX, ''));
}

function countryOf(name: string): string | null {
  return known(name)?.country ?? null;
}

/** Context from the article for a place: one name per broader level, most mentioned first. */
export function contextFromArticle(
  place: string,
  level: PlaceLevel | null,
  phrase: string[],
  article: ArticlePlace[],
): string[] {
  const rank = levelRank(level);
  if (rank <= levelRank('city')) return [];
  const taken = new Set([place, ...phrase].map((p) => p.toLowerCase()));
  const takenLevels = new Set(phrase.map((p) => placeLevel(p)));
  const countries = new Set([place, ...phrase].map(countryOf).filter((c) => c !== null));
  const parents = new Set(
    [place, ...phrase].map((p) => lookupPlace(p)?.parent).filter((p) => p != null),
  );
  const out: ArticlePlace[] = [];
  for (const candidate of article) {
    if (taken.has(candidate.name.toLowerCase()) || takenLevels.has(candidate.level)) continue;
    if (levelRank(candidate.level) >= rank) continue;
    const country = countryOf(candidate.name);
    if (country !== null && countries.size > 0 && !countries.has(country)) continue;
    const known = lookupPlace(candidate.name);
    if (known?.level === 'province' && parents.size > 0 && !parents.has(known.name)) continue;
    const same = out.findIndex((o) => o.level === candidate.level);
    const current = out[same];
    if (current === undefined) out.push(candidate);
    else if (candidate.count > current.count) out[same] = candidate;
  }
  return out.sort((a, b) => levelRank(b.level) - levelRank(a.level)).map((p) => p.name);
}
