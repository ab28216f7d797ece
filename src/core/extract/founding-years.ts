// "Founded in 2015", "held every year since 1981", "first held in 2009": the history of an
// event series, never the date of the edition a report is about.

/** Words that make any date with a year right after them a founding date. */
const STRONG =
  /\b(?:founded|established|set up|first (?:held|staged|organi[sz]ed|hosted|convened|launched|introduced|took place|ran)|(?:dating|dates|dated) back to|(?:its|the) (?:founding|foundation|inception|creation|establishment|birth))\s+(?:(?:back\s+)?(?:in|on|from)\s+)?$/i;

/** "since 1981", "since March 2019"; "open since March 3" dates the edition, so not with a day. */
const SINCE = /\bsince\s+(?:(?:its\s+\w+\s+)?in\s+)?$/i;

/** "the 30th anniversary of the first fair in 1994": the year the anniversary counts from. */
const ANNIVERSARY = /\banniversary\s+(?:of|since)\b[^.;:!?]{0,60}$/i;

/** Words that make a bare year right after them a founding year ("launched in 2015"). */
const WEAK =
  /\b(?:launched|inaugurated|began|started|debuted|created|initiated|born|introduced)\s+(?:back\s+)?in\s+$/i;

/** How far back a cue may sit before the date ("founded in", "first held back in"). */
const WINDOW = 40;

export type WrittenPrecision = 'day' | 'month' | 'year';

/**
 * Whether the date with a year written at `index` of `sentence` is a founding date. Bare years
 * take weaker cues too: "launched on Monday" is the edition but "launched in 2015" the series.
 */
export function isFoundingDate(
  sentence: string,
  index: number,
  precision: WrittenPrecision,
): boolean {
  const before = sentence.slice(Math.max(0, index - WINDOW), index);
  if (STRONG.test(before)) return true;
  if (precision !== 'day' && SINCE.test(before)) return true;
  const clause = sentence.slice(Math.max(0, index - 80), index);
  if (precision !== 'day' && ANNIVERSARY.test(clause)) return true;
  return precision === 'year' && WEAK.test(before);
}

/** The first year in `text` that is not a founding year, e.g. for a date written without one. */
export function eventYearIn(text: string | undefined): number | null {
  const s = text ?? '';
  for (const m of s.matchAll(/\b((?:19|20)\d{2})\b/g)) {
    if (!isFoundingDate(s, m.index, 'year')) return Number(m[1]);
  }
  return null;
}
