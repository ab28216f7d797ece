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
}

/** Sentences that state what the event is about weigh double. */
const FOCUS =
  /\b(?:focus(?:ed|ing|es)? on|focus(?:ed|ing)? (?:up)?on|with a focus on|themed|theme (?:of|is|was)|under the theme|dedicated to|cent(?:er|re)d on|devoted to|with an emphasis on)\b/i;

const MIN_SCORE = 0.75;
const MIN_SHARE = 0.2;

/**
 * Themes of an event, most relevant first. Each section shares its weight among the themes it
 * mentions, so a sentence listing ten technologies says little about each, while "with a focus
 * on metaverse and AI" says a lot about two.
 */
export function rankThemes(sections: ThemeSection[]): string[] {
  const score = new Map<string, number>();
  for (const section of sections) {
    const found = new Set(findThemeMentions(section.text).map((m) => m.slug));
    if (found.size === 0) continue;
    const weight = (section.weight * (FOCUS.test(section.text) ? 2 : 1)) / found.size;
    for (const slug of found) score.set(slug, (score.get(slug) ?? 0) + weight);
  }
  const top = Math.max(0, ...score.values());
  const order = new Map(themes.map((t, i) => [t.slug, i]));
  return [...score.entries()]
    .filter(([, s]) => s >= MIN_SCORE && s >= top * MIN_SHARE)
    .sort((a, b) => b[1] - a[1] || (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0))
    .map(([slug]) => slug);
}
