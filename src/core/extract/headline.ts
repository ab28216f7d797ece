// The top of a text article: its headline, its publication date, and where the body begins.
// Handles date lines in many shapes ("date 2022-09-05 Headline…", "Published: Nov 22, 2020
// 07:43 PM", "(outlet)Updated : 2023-08-23", "Posted on 2024/03/05"), sub-headlines and bylines.
import { isValidDate, toIso } from './calendar.ts';
import { findDateMentions } from './date-mentions.ts';
import { readDateline } from './dateline.ts';

export interface ArticleHeader {
  title: string | null;
  /** ISO date, when the header prints one with day, month and year. */
  published: string | null;
  /** The text after the header lines. */
  body: string;
}

/** Header lines sit above the first paragraph; past this many, it is body. */
const MAX_HEADER_LINES = 10;
const MAX_HEADLINE_WORDS = 30;

const LABEL =
  /^\s*(?:\([^)]{1,80}\)\s*)?(?:(date|published(?: on)?|updated(?: on)?|last updated|first published|posted(?: on)?|released(?: on)?|release date|publication date|time)\s*[:：]?\s*)?/i;
const LABEL_ANYWHERE = /\b(?:published|updated|posted|released|date)\b(?: on)?\s*[:：]?\s*/i;
const TIME =
  /^(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?[\s,|]*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)?\s*(?:\(?(?:BJT|GMT|UTC|CST|EST|PST|CET)[^)]*\)?)?/;
/** A headline has at least two words of letters; "T10:17:00+08:00" or "| 10:05" is not one. */
const HEADLINE_WORDS = /\p{L}{2,}.*\s.*\p{L}{2,}/u;
const BYLINE =
  /^(?:by|written by|reporter|reporters|author|source|editor|edited by|photo by|text by)\b[\s:：]/i;
const LABEL_LINE =
  /^(?:press release|news release|for immediate release|news|breaking(?: news)?|update|exclusive|home|latest)$/i;
const PERSON_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}$/u;

interface DateLine {
  published: string;
  /** Headline text printed on the same line after the date ("date 2022-09-05 Headline"). */
  rest: string;
}

function fullDate(text: string): { iso: string; index: number; length: number } | null {
  for (const m of findDateMentions(text)) {
    const d = m.start;
    if (d?.year == null || d.month === null || d.day === null || m.weekday !== null) continue;
    if (!isValidDate(d.year, d.month, d.day)) continue;
    return { iso: toIso(d.year, d.month, d.day), index: m.index, length: m.text.length };
  }
  return null;
}

function readDateLine(line: string): DateLine | null {
  const label = LABEL.exec(line);
  const labelled = label?.[1] !== undefined || (label?.[0] ?? '').includes(')');
  const afterLabel = line.slice(label?.[0].length ?? 0);
  const date = fullDate(afterLabel);
  if (date !== null && date.index <= 3) {
    const rest = afterLabel
      .slice(date.index + date.length)
      .replace(TIME, '')
      .trim();
    if (rest === '' || labelled)
      return { published: date.iso, rest: rest.replace(/^[|:–—-]\s*/, '') };
  }
  const words = line.split(/\s+/).length;
  if (words <= 14 && LABEL_ANYWHERE.test(line)) {
    const anywhere = fullDate(line);
    if (anywhere !== null) return { published: anywhere.iso, rest: '' };
  }
  return null;
}

/** Scraped headlines sometimes run into the next line: "…CarnivalFly into the homes…". */
function cutRunOn(title: string): string {
  // Starting only where a lowercase run starts keeps a long run of letters linear, not quadratic.
  const m = /(?<!\p{Ll})\p{Ll}{6,}(?=\p{Lu}\p{Ll}+ \p{Ll})/u.exec(title);
  if (m === null) return title;
  const head = title.slice(0, m.index + m[0].length);
  return head.split(/\s+/).length >= 3 ? head : title;
}

/**
 * After the headline, a line that introduces a list ("Our pick:") or dates something ("Technova —
 * 9 March") is body, not a sub-headline: dropping it would drop an event.
 */
function opensBody(line: string): boolean {
  return /[:：]$/.test(line) || findDateMentions(line).some((m) => m.start?.day != null);
}

function isParagraph(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words > MAX_HEADLINE_WORDS || (/[.。]["”’)]*$/.test(line) && words > 6);
}

export function readHeader(text: string): ArticleHeader {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let title: string | null = null;
  let published: string | null = null;
  let bodyStart = 0;
  for (let i = 0; i < Math.min(lines.length, MAX_HEADER_LINES); i += 1) {
    const line = (lines[i] ?? '').replace(/\s+/g, ' ').trim();
    if (line === '') {
      bodyStart = i + 1;
      continue;
    }
    const dated = readDateLine(line);
    if (dated !== null) {
      published ??= dated.published;
      if (title === null && HEADLINE_WORDS.test(dated.rest) && !isParagraph(dated.rest)) {
        title = cutRunOn(dated.rest);
      }
      bodyStart = i + 1;
      continue;
    }
    if (isParagraph(line) || (title !== null && opensBody(line))) break;
    if (
      LABEL_LINE.test(line) ||
      BYLINE.test(line) ||
      (title !== null && PERSON_NAME.test(line) && line.split(' ').length <= 3)
    ) {
      bodyStart = i + 1;
      continue;
    }
    if (title === null) title = cutRunOn(line.replace(/[.。]$/, ''));
    bodyStart = i + 1;
  }
  const body = lines.slice(bodyStart).join('\n').trim();
  return { title, published: published ?? datelineDate(body), body };
}

/** "SHENZHEN, China, March 5, 2024 /PRNewswire/ --": a dateline with a full date dates the article. */
function datelineDate(body: string): string | null {
  const d = readDateline(
    body.slice(0, body.indexOf('\n') < 0 ? body.length : body.indexOf('\n')),
  )?.date;
  if (d?.year == null || d.month === null || d.day === null) return null;
  return isValidDate(d.year, d.month, d.day) ? toIso(d.year, d.month, d.day) : null;
}
