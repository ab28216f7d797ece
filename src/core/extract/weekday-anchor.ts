// What "on Monday" counts from. A report filed days after the event names the week by the date
// it gives nearby, so a weekday is resolved against a date named earlier in its paragraph, else
// the dateline's date, else the publication date; "today" against the dateline or publication.
import type { AnalysedSentence } from './analyse-sentence.ts';
import { daysBetween } from './calendar.ts';
import type { DateMention } from './date-mentions.ts';
import { resolveDate, type DayAnchor } from './resolve-date.ts';
import type { Tense } from './tense.ts';

export interface AnchorInputs {
  sentences: AnalysedSentence[];
  /** Paragraph of each sentence position (the headline's is -1). */
  paragraphs?: readonly number[];
  /** ISO date of the dateline ("BERLIN, March 5 --"), year completed. */
  dateline?: string | null;
  published: string | null;
  fallbackYear: number | null;
}

/** A weekday names a day within a few weeks of when the text was written; farther is another story. */
const MAX_ANCHOR_DAYS = 21;

const DATELINE_LABEL = 'the dateline date';
const PARAGRAPH_LABEL = 'a date named earlier in the paragraph';

function near(date: string, published: string | null): boolean {
  return published === null || Math.abs(daysBetween(published, date)) <= MAX_ANCHOR_DAYS;
}

/** The nearest calendar day written before position `at` of sentence `position`, same paragraph. */
function paragraphDate(input: AnchorInputs, position: number, at: number): string | null {
  const paragraph = input.paragraphs?.[position];
  if (paragraph === undefined || paragraph < 0) return null;
  for (let p = position; p >= 0 && input.paragraphs?.[p] === paragraph; p -= 1) {
    const s = input.sentences[p];
    if (s === undefined) continue;
    const before = s.dates.filter((d) => p < position || d.index < at);
    for (const d of before.reverse()) {
      const day = calendarDay(d, s, input);
      if (day !== null) return day;
    }
  }
  return null;
}

function calendarDay(m: DateMention, s: AnalysedSentence, input: AnchorInputs): string | null {
  if (m.start?.day == null || m.start.month === null) return null;
  const { published, fallbackYear } = input;
  const r = resolveDate(m, { published, tense: s.tense, fallbackYear });
  return r.precision === 'day' && r.start !== null && near(r.start, published) ? r.start : null;
}

/**
 * The anchor for the weekday or relative day `m` of sentence `position`, or null for the
 * publication date. A past-tense weekday never counts from a day after publication. `tense` is
 * the weekday's own, when known; else the sentence's.
 */
export function dayAnchor(
  input: AnchorInputs,
  position: number,
  m: DateMention,
  tense: Tense = input.sentences[position]?.tense ?? 'unknown',
): DayAnchor | null {
  if (m.weekday === null && m.dayOffset === null) return null;
  const usable = (date: string): boolean =>
    near(date, input.published) &&
    !(tense === 'past' && input.published !== null && daysBetween(input.published, date) > 0);
  // A future-tense weekday is ahead of the writing; a paragraph date before publication is not it.
  const ahead = (date: string): boolean =>
    tense !== 'future' || input.published === null || daysBetween(input.published, date) >= 0;
  if (m.weekday !== null) {
    const own = paragraphDate(input, position, m.index);
    if (own === input.published) return null;
    if (own !== null && usable(own) && ahead(own))
      return { date: own, label: PARAGRAPH_LABEL, named: true };
  }
  const dateline = input.dateline ?? null;
  if (dateline !== null && dateline !== input.published && usable(dateline))
    return { date: dateline, label: DATELINE_LABEL };
  return null;
}
