// Recurring event series (data/event-series.json): a checked reader of the rows, and an index
// that finds a series' names and aliases in a sentence. A series is evidence about an event the
// text names ("IFA 2019" is a trade show, usually in Berlin, in September), never a replacement
// for what the text says.
import { z } from 'zod';

const SeriesRow = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  kind: z.string().min(1),
  city: z.string().min(1).nullable(),
  country: z.string().min(1).nullable(),
  venue: z.string().min(1).nullable(),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  months: z.array(z.number().int().min(1).max(12)),
  frequency: z.string().min(1),
  themes: z.array(z.string()),
  source: z.string().min(1),
  rotating: z.boolean().optional(),
});

export type EventSeries = z.infer<typeof SeriesRow>;

/**
 * The rows of an event-series file. Throws naming the file and the first malformed row (its
 * position and id) so a bad row is fixed where it is, not guessed from a stack trace.
 */
export function parseEventSeries(text: string, file: string): EventSeries[] {
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const rows = z.object({ series: z.array(z.unknown()) }).safeParse(json);
  if (!rows.success) throw new Error(`${file}: expected an object with a "series" array`);
  const seen = new Set<string>();
  return rows.data.series.map((raw, i) => {
    const row = SeriesRow.safeParse(raw);
    const id = (raw as { id?: unknown } | null)?.id;
    const label = `row ${i + 1}${typeof id === 'string' ? ` ("${id}")` : ''}`;
    if (!row.success) throw new Error(`${file}: ${label}: ${z.prettifyError(row.error)}`);
    if (seen.has(row.data.id)) throw new Error(`${file}: ${label}: duplicate id`);
    seen.add(row.data.id);
    return row.data;
  });
}

export interface SeriesMatch {
  series: EventSeries;
  /** The alias as written in the text. */
  text: string;
  index: number;
  end: number;
  /** A year follows the alias ("IFA 2019"): an edition named, not the series or a body. */
  year: number | null;
}

export interface SeriesIndex {
  readonly size: number;
  /** Non-overlapping matches in text order, the longest alias winning where two overlap. */
  find: (text: string) => SeriesMatch[];
  /** The series a written event name belongs to, when the name is one of its aliases. */
  byName: (name: string) => EventSeries | null;
}

/** "CES", "MWC", "GITEX": capitals (and digits) only, matched exactly so "ces" or "Mwc" is not it. */
const ACRONYM = /^[\p{Lu}\d][\p{Lu}\d&.-]*$/u;
const WORD = /[\p{L}\p{N}]/u;
const YEAR_AFTER = /^\s+((?:19|20)\d{2})\b/;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const WORDS = /[\p{L}\p{N}]+/gu;
/** Scripts written without spaces between words: no word boundary to check, no first word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

interface Alias {
  text: string;
  lower: string;
  exact: boolean;
  series: EventSeries;
}

function keyOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .replace(/^the\s+/, '')
    .replace(
      /^(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+/,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

function wholeWord(text: string, index: number, end: number): boolean {
  return !WORD.test(text[index - 1] ?? '') && !WORD.test(text[end] ?? '');
}

export function createSeriesIndex(rows: readonly EventSeries[]): SeriesIndex {
  const aliases: Alias[] = [];
  const byKey = new Map<string, EventSeries>();
  for (const series of rows) {
    for (const text of new Set([series.name, ...series.aliases])) {
      // A one- or two-letter alias would match initials and units everywhere.
      if (text.replace(/[^\p{L}\p{N}]/gu, '').length < 3) continue;
      aliases.push({ text, lower: text.toLowerCase(), exact: ACRONYM.test(text), series });
      if (!byKey.has(keyOf(text))) byKey.set(keyOf(text), series);
    }
  }
  aliases.sort((a, b) => b.text.length - a.text.length);
  // Aliases by their first word, so a text is read once instead of once per alias; aliases that
  // do not open with a Latin word (Chinese names) are searched whole.
  const byFirstWord = new Map<string, Alias[]>();
  const searched: Alias[] = [];
  for (const alias of aliases) {
    const first = FIRST_WORD.exec(alias.text)?.[0];
    if (first === undefined || UNSPACED.test(alias.text)) searched.push(alias);
    else {
      const key = alias.exact ? first : first.toLowerCase();
      byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), alias]);
    }
  }

  const find = (text: string): SeriesMatch[] => {
    const lower = text.toLowerCase();
    const candidates: { alias: Alias; at: number }[] = [];
    const matchesAt = (alias: Alias, at: number) =>
      alias.exact ? text.startsWith(alias.text, at) : lower.startsWith(alias.lower, at);
    for (const word of text.matchAll(WORDS)) {
      const at = word.index;
      const exact = byFirstWord.get(word[0]) ?? [];
      const folded = byFirstWord.get(word[0].toLowerCase()) ?? [];
      for (const alias of new Set([...exact, ...folded])) {
        if (matchesAt(alias, at)) candidates.push({ alias, at });
      }
    }
    for (const alias of searched) {
      const haystack = alias.exact ? text : lower;
      const needle = alias.exact ? alias.text : alias.lower;
      for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        candidates.push({ alias, at });
      }
    }
    // The longest alias wins where two overlap, as if each were searched longest first.
    candidates.sort((a, b) => b.alias.text.length - a.alias.text.length || a.at - b.at);
    const found: SeriesMatch[] = [];
    for (const { alias, at } of candidates) {
      const end = at + alias.text.length;
      if (!UNSPACED.test(alias.text) && !wholeWord(text, at, end)) continue;
      // Case-insensitive, but a capitalised name is written so: "build" is a verb, "Build" a name.
      const capital = /^\p{Lu}/u.test(alias.text);
      if (!alias.exact && capital && /^\p{Ll}/u.test(text[at] ?? '')) continue;
      if (found.some((m) => at < m.end && m.index < end)) continue;
      const year = YEAR_AFTER.exec(text.slice(end, end + 8));
      found.push({
        series: alias.series,
        text: text.slice(at, end),
        index: at,
        end,
        year: year === null ? null : Number(year[1]),
      });
    }
    return found.sort((a, b) => a.index - b.index);
  };

  return {
    size: rows.length,
    find,
    byName: (name) => byKey.get(keyOf(name)) ?? null,
  };
}
