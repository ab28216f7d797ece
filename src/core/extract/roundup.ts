// Roundups: an article that lists several events, each under a heading line of its own that
// gives its name and its date and/or city ("2. Zyx Expo, Oslo, Sept. 4-6", "Technova — Lisbon,
// 19-20 October", "- Data Days: 3 March, Riga"). Each heading is one event; the paragraph under
// it speaks of that event only.
import type { AnalysedSentence } from './analyse-sentence.ts';
import { coreOf, EVENT_NOUNS, type NameMention } from './event-names.ts';
import { lookupPlace } from './place-lexicon.ts';
import type { PlaceMention } from './place-mentions.ts';

export interface RoundupHeading {
  /** Position of the heading sentence. */
  pos: number;
  name: NameMention;
  /** Places written in the heading, found by the list's layout when the place rules missed them. */
  places: PlaceMention[];
}

/** "## 2.", "1)", "-", "•": list and heading marks before the name. */
const MARKER = /^(?:#{1,6}\s*)?(?:\d{1,2}[.)]\s*|[-*•·]\s+)?(?:\*\*|__)?/;
const SEPARATOR = /\s+[—–-]\s+|,\s+|\s*\|\s*|:\s+|\s+(?=\()/;
const CHUNK_SEPARATOR = /\s*(?:[,—–|:]|\s-\s)\s*/;
const LEAD_WORD = /^(?:between|from|on|in|at|and|to|until|through)\s+/i;
const CALENDAR_WORD =
  /^(?:Mon|Tues?|Wed|Thu|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?\.?$|^(?:and|to|until)$/i;
/** A place as a list writes it: one to five capitalised words ("Hong Kong", "Rio de Janeiro"). */
const PLACE_SHAPE =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|do|da|del|la|am|upon|on|of)){0,4}$/u;
/** Labels of a fact sheet ("Venue: Oslo"), not event names. */
const NOT_A_NAME =
  /^(?:the|a|an|our|here|this|these|visa|note|tickets?|dates?|when|where|venue|location|place|time|city|organi[sz]ers?|hosts?|contact|source|price|registration|website|photo|updated?|published|posted)\b/i;
const MIN_ITEMS = 2;

function listPlace(text: string, index: number): PlaceMention {
  return {
    name: text,
    index,
    level: lookupPlace(text)?.level ?? 'city',
    context: [],
    via: 'list',
    end: index + text.length,
  };
}

function headingName(s: AnalysedSentence, from: number, to: number): NameMention {
  const given = s.names.find((n) => n.index < to && from < n.end);
  if (given !== undefined) return given;
  const name = s.text.slice(from, to);
  const last = name.split(/\s+/).pop()?.toLowerCase() ?? '';
  return {
    name,
    index: from,
    end: to,
    noun: EVENT_NOUNS.has(last) ? last : 'event',
    core: coreOf(name),
    year: null,
    alias: null,
    organisation: false,
  };
}

/** The heading this sentence is, or null: its name, then only dates and places after it. */
export function readHeading(s: AnalysedSentence, pos: number): RoundupHeading | null {
  const from = MARKER.exec(s.text)?.[0].length ?? 0;
  const sep = SEPARATOR.exec(s.text.slice(from));
  if (sep === null) return null;
  // "**Zyx** (Oslo, May 4)": the emphasis closing the name is not part of it.
  const nameEnd =
    from + sep.index - (/(?:\*\*|__)$/.test(s.text.slice(from, from + sep.index)) ? 2 : 0);
  const name = s.text.slice(from, nameEnd).trim();
  const words = name.split(/\s+/).length;
  if (name === '' || words > 10 || NOT_A_NAME.test(name) || !/^[\p{L}\d]/u.test(name)) return null;
  if (lookupPlace(name) !== null || s.dates.some((d) => d.index < nameEnd && d.index >= from))
    return null;
  const restAt = from + sep.index + sep[0].length;
  let rest = s.text.slice(restAt);
  const dates = s.dates.filter((d) => d.index >= restAt);
  for (const d of dates) {
    const at = d.index - restAt;
    rest = rest.slice(0, at) + ' '.repeat(d.text.length) + rest.slice(at + d.text.length);
  }
  // "Zyx Fair (14-16 March)", "Zyx, Oslo (May 4)": brackets only group.
  rest = rest.replace(/[()]/g, ' ');
  const places: PlaceMention[] = [];
  let known = false;
  let offset = 0;
  for (const raw of rest.split(CHUNK_SEPARATOR)) {
    const at = rest.indexOf(raw, offset);
    offset = at + raw.length;
    const chunk = raw.trim().replace(LEAD_WORD, '');
    if (chunk === '' || CALENDAR_WORD.test(chunk) || /^[\d\s.,:apm-]+$/i.test(chunk)) continue;
    if (!PLACE_SHAPE.test(chunk)) return null;
    const index = restAt + at + raw.indexOf(chunk);
    known ||= lookupPlace(chunk) !== null;
    const written = s.places.find((p) => p.index <= index && index < p.end);
    places.push(written ?? listPlace(chunk, index));
  }
  if (dates.length === 0 && !known) return null;
  return { pos, name: headingName(s, from, nameEnd), places };
}

/**
 * A short line kept although it is no sentence: a list item or a heading that dates an event
 * ("- Slush, Helsinki, Nov 30", "Technova — 4 May").
 */
export function isListLine(text: string): boolean {
  if (/\b(?:photo|image|credit|file|video)\b/i.test(text)) return false;
  // "zyxtronica, Exampleburg (14-16 March)": a short dated line that names before its date.
  const datedEntry =
    /\d/.test(text) && /^\S[^,(—–|]*[,(—–|]/.test(text) && text.split(/\s+/).length <= 12;
  return (
    datedEntry ||
    /^(?:#{1,6}\s*)?(?:\d{1,2}[.)]|[-*•·])\s+\S/.test(text) ||
    /\s[—–]\s.*\d/.test(text)
  );
}

/** The headings of a roundup, in order; none unless the article lists at least two. */
export function findRoundup(sentences: AnalysedSentence[]): RoundupHeading[] {
  const headings: RoundupHeading[] = [];
  sentences.forEach((s, pos) => {
    if (pos === 0) return;
    const h = readHeading(s, pos);
    if (h !== null) headings.push(h);
  });
  return headings.length >= MIN_ITEMS ? headings : [];
}

/** Sentence positions under each heading, up to the next one. */
export function sections(
  headings: RoundupHeading[],
  count: number,
): { heading: RoundupHeading; from: number; to: number }[] {
  return headings.map((heading, i) => ({
    heading,
    from: heading.pos + 1,
    to: headings[i + 1]?.pos ?? count,
  }));
}
