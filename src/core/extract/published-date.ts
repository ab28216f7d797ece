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

/**
 * "Published: March 14" or a bare "March 14" line above the body: a publication date without a
 * year, completed with the headline's year. Null when the top of `text` has none.
 */
export function yearlessDateLine(text: string, headline: string): PublishedRead | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  for (const line of lines.slice(0, HEADER_LINES)) {
    if (line.split(/\s+/).length > 30) break;
    const label = DATE_LABEL.exec(line);
    const rest = line.slice(label?.[0].length ?? 0);
    const m = findDateMentions(rest)[0];
    const labelled = label !== null && label[0].trim() !== '';
    if (m?.start?.month == null || m.start.day === null || m.start.year !== null) continue;
    if (m.index > 0 || (!labelled && rest.trim() !== m.text)) continue;
    const read = readPublished(m.text, headline);
    if (read.published !== null) return { ...read, warning: `${read.warning}, from the date line` };
  }
  return null;
}
