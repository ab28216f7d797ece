// The controlled theme vocabulary (data/themes.json) and the matcher that finds its keywords.
// Keywords written with capitals ("AI", "VR", "5G") match case-sensitively, so "ai" in a word or
// "Ar" never count; the others match in any case. Matches are whole words, longest first, and
// never overlap: "Internet of Things" is IoT, not also "internet".
import themesFile from '../../data/themes.json' with { type: 'json' };

export interface Theme {
  slug: string;
  label: string;
  color: string;
  keywords: string[];
}

export const themes: readonly Theme[] = themesFile.themes;

const bySlug = new Map(themes.map((t) => [t.slug, t]));

export function themeBySlug(slug: string): Theme | undefined {
  return bySlug.get(slug);
}

export interface ThemeMention {
  slug: string;
  keyword: string;
  index: number;
}

interface Entry {
  keyword: string;
  slug: string;
  /** Acronyms and brand spellings ("AI", "IoT", "5G") must match as written. */
  exact: boolean;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isExact(keyword: string): boolean {
  return (
    !keyword.includes(' ') && (keyword.length <= 3 || (keyword.match(/[A-Z]/g) ?? []).length >= 2)
  );
}

const entries: Entry[] = themes
  .flatMap((t) => t.keywords.map((k) => ({ keyword: k, slug: t.slug, exact: isExact(k) })))
  .sort((a, b) => b.keyword.length - a.keyword.length);

const entryByLower = new Map<string, Entry[]>();
for (const e of entries) {
  const key = e.keyword.toLowerCase();
  entryByLower.set(key, [...(entryByLower.get(key) ?? []), e]);
}

const MATCHER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${entries.map((e) => escape(e.keyword)).join('|')})(?:e?s)?(?![\\p{L}\\p{N}])`,
  'giu',
);

function accepts(e: Entry, found: string): boolean {
  if (!e.exact) return true;
  return found === e.keyword || (found === e.keyword.toUpperCase() && e.keyword.length > 2);
}

function entryFor(found: string): Entry | null {
  for (const form of [found, found.replace(/s$/, ''), found.replace(/es$/, '')]) {
    for (const e of entryByLower.get(form.toLowerCase()) ?? []) if (accepts(e, form)) return e;
  }
  return null;
}

export function findThemeMentions(text: string): ThemeMention[] {
  const out: ThemeMention[] = [];
  for (const m of text.matchAll(MATCHER)) {
    const entry = entryFor(m[0]);
    if (entry !== null) out.push({ slug: entry.slug, keyword: entry.keyword, index: m.index });
  }
  return out;
}

export interface ThemeSection {
  text: string;
  /** How much this part speaks for the event: its name counts more than a passing sentence. */
  weight: number;
  /** The section is about the event itself, so "focused on X" there states the event's themes. */
  aboutEvent?: boolean;
  /** Themes already found in `text` (see themesIn), to scan each sentence once per article. */
  found?: ReadonlySet<string>;
}

export function themesIn(text: string): Set<string> {
  return new Set(findThemeMentions(text).map((m) => m.slug));
}

const FOCUS =
  /\b(?:focus(?:ed|ing|es)? (?:up)?on|with a focus on|themed|theme (?:of|is|was)|under the theme|dedicated to|cent(?:er|re)d on|devoted to|with an emphasis on|ranging from|cover(?:s|ed|ing)?|featur(?:e|es|ed|ing)|on the agenda|highlights? (?:of|included|include))\b/i;

/** A focus sentence naming more themes than this is a list, not a focus. */
const MAX_FOCUS_THEMES = 5;
const FOCUS_WEIGHT = 2;
const MIN_SCORE = 0.3;
const MIN_SHARE = 0.15;

/**
 * Theme scores of an event. Each section shares its weight among the themes it mentions, so a
 * sentence listing ten technologies says little about each; a sentence saying the event focuses
 * on a few themes gives each of them full weight, twice.
 */
export interface ThemeScores {
  score: Map<string, number>;
  /** Themes a focus sentence about the event names: kept however the counts compare. */
  focused: Set<string>;
  /** Order of first mention, to break ties. */
  first: Map<string, number>;
}

export function scoreThemes(sections: ThemeSection[]): ThemeScores {
  const score = new Map<string, number>();
  const focused = new Set<string>();
  const first = new Map<string, number>();
  for (const section of sections) {
    const found = section.found ?? themesIn(section.text);
    if (found.size === 0) continue;
    const focus =
      section.aboutEvent === true && found.size <= MAX_FOCUS_THEMES && FOCUS.test(section.text);
    const each = focus ? section.weight * FOCUS_WEIGHT : section.weight / found.size;
    for (const slug of found) {
      score.set(slug, (score.get(slug) ?? 0) + each);
      if (!first.has(slug)) first.set(slug, first.size);
      if (focus) focused.add(slug);
    }
  }
  return { score, focused, first };
}

/** Theme slugs of an event, most relevant first; themes far below the leader are dropped. */
export function rankThemes(sections: ThemeSection[]): string[] {
  const { score, focused, first } = scoreThemes(sections);
  const top = Math.max(0, ...score.values());
  return [...score.entries()]
    .filter(([slug, s]) => focused.has(slug) || (s >= MIN_SCORE && s >= top * MIN_SHARE))
    .sort((a, b) => b[1] - a[1] || (first.get(a[0]) ?? 0) - (first.get(b[0]) ?? 0))
    .map(([slug]) => slug);
}
