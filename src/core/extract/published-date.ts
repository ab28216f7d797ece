// Publication dates in metadata are meant to be ISO, but some arrive as "March 14, 2019",
// "14.03.2019" or "March 14" with no year; the last takes its year from the headline.
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
