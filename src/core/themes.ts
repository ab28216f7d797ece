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
  lower: string;
  slug: string;
  /** Acronyms and brand spellings ("AI", "IoT", "5G") must match as written. */
  exact: boolean;
}

function isExact(keyword: string): boolean {
  return (
    !keyword.includes(' ') && (keyword.length <= 3 || (keyword.match(/[A-Z]/g) ?? []).length >= 2)
  );
}

/** Keywords by their first two letters, longest first: one lookup per word of the text. */
const byPrefix = new Map<string, Entry[]>();
for (const t of themes) {
  for (const keyword of t.keywords) {
    const lower = keyword.toLowerCase();
    const entry = { keyword, lower, slug: t.slug, exact: isExact(keyword) };
    const key = lower.slice(0, 2);
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), entry]);
  }
}
for (const list of byPrefix.values()) list.sort((a, b) => b.keyword.length - a.keyword.length);

/** Letters and digits, Latin scripts included; the keywords themselves are ASCII. */
function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f)
  );
}

function matchesAt(text: string, at: number, e: Entry): boolean {
  const piece = text.slice(at, at + e.keyword.length);
  if (!e.exact) return piece.toLowerCase() === e.lower;
  return piece === e.keyword || (e.keyword.length > 2 && piece === e.keyword.toUpperCase());
}

/** Where a keyword found at `at` ends, plural included, or -1 when it runs on into a longer word. */
function endOf(text: string, at: number, e: Entry): number {
  const end = at + e.keyword.length;
  if (!isWordChar(text.charCodeAt(end))) return end;
  for (const suffix of ['s', 'es']) {
    const after = end + suffix.length;
    if (text.slice(end, after).toLowerCase() === suffix && !isWordChar(text.charCodeAt(after))) {
      return after;
    }
  }
  return -1;
}

export function findThemeMentions(text: string): ThemeMention[] {
  const out: ThemeMention[] = [];
  let i = 0;
  while (i < text.length) {
    const wordStart = isWordChar(text.charCodeAt(i)) && !isWordChar(text.charCodeAt(i - 1));
    const candidates = wordStart ? byPrefix.get(text.slice(i, i + 2).toLowerCase()) : undefined;
    let next = i + 1;
    for (const e of candidates ?? []) {
      if (!matchesAt(text, i, e)) continue;
      const end = endOf(text, i, e);
      if (end < 0) continue;
      out.push({ slug: e.slug, keyword: e.keyword, index: i });
      next = end;
      break;
    }
    i = next;
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
interface ThemeScores {
  score: Map<string, number>;
  /** Themes a focus sentence about the event names: kept however the counts compare. */
  focused: Set<string>;
  /** Order of first mention, to break ties. */
  first: Map<string, number>;
}

function scoreThemes(sections: ThemeSection[]): ThemeScores {
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
