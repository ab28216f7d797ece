// Publication dates in metadata are meant to be ISO, but some arrive as "March 14, 2019",
// "14.03.2019" or "March 14" with no year; the last takes its year from the headline. A text
// whose own date line has no year ("Published: March 14") is completed the same way.
import { isValidDate, toIso } from './calendar.ts';
import { findDateMentions } from './date-mentions.ts';
import { eventYearIn } from './founding-years.ts';

export interface PublishedRead {
  published: string | null;
  warning: string;
}

/** Reads a non-ISO publication date `raw`, completing a missing year from `headline`. */
export function readPublished(raw: string, headline: string): PublishedRead {
  const ignored = {
    published: null,
    warning: `publication date "${raw}" is not a valid ISO date: ignored`,
  };
  const m = findDateMentions(raw).find((d) => d.start?.month != null && d.start.day !== null);
  const d = m?.start;
  if (d?.month == null || d.day === null) return ignored;
  if (d.year !== null) {
    if (!isValidDate(d.year, d.month, d.day)) return ignored;
    const iso = toIso(d.year, d.month, d.day);
    return { published: iso, warning: `publication date "${raw}" read as ${iso}` };
  }
  const year = eventYearIn(headline);
  if (year === null || !isValidDate(year, d.month, d.day)) return ignored;
  const iso = toIso(year, d.month, d.day);
  return {
    published: iso,
    warning: `publication date "${raw}" has no year: year taken from the headline (${iso})`,
  };
}

const HEADER_LINES = 10;
const DATE_LABEL =
  /^\s*(?:published|updated|posted|released|date|last updated)(?: on)?\s*[:：]?\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?/i;

/** After a date, what a date line may still hold: "· 6 min read", "| 10:05", "by J. Doe". */
const DATE_LINE_TAIL = /^\s*(?:$|[·•|—–,-]|by\b)/i;

/**
 * A date line above the body that the header reader left: "Published: March 14" or a bare
 * "March 14" (completed with the headline's year), or "12.06.2023 · 6 min read". Null if none.
 */
export function topDateLine(text: string, headline: string): PublishedRead | null {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/^[*_(\s]+|[*_)\s]+$/g, ''))
    .filter((l) => l !== '');
  for (const line of lines.slice(0, HEADER_LINES)) {
    if (line.split(/\s+/).length > 30) break;
    const label = DATE_LABEL.exec(line);
    const rest = line.slice(label?.[0].length ?? 0);
    const m = findDateMentions(rest)[0];
    const labelled = label !== null && label[0].trim() !== '';
    if (m?.start?.month == null || m.start.day === null || m.index > 0) continue;
    const tail = rest.slice(m.text.length);
    if (m.start.year !== null) {
      if (!DATE_LINE_TAIL.test(tail) || line.split(/\s+/).length > 8) continue;
      const read = readPublished(m.text, headline);
      if (read.published === null) continue;
      return { ...read, warning: `publication date ${read.published} read from the date line` };
    }
    if (!labelled && tail.trim() !== '') continue;
    const read = readPublished(m.text, headline);
    if (read.published !== null) return { ...read, warning: `${read.warning}, from the date line` };
  }
  return null;
}
