// Whether an event was held, is planned, was postponed or cancelled, from what the article says
// about it: a cancellation or postponement in its own sentences first, then its dates against
// the publication date, then the tense the article speaks of it in.
import type { DatePrecision, EventStatus } from '../event.ts';
import type { AnalysedSentence } from './analyse-sentence.ts';
import type { DateDecision } from './decide-date.ts';
import { resolveDate, type ResolvedDate } from './resolve-date.ts';
import { findStatusMentions, type StatusMention } from './status-mentions.ts';

export interface StatusInputs {
  /** The event's own sentences, in text order. */
  own: AnalysedSentence[];
  published: string | null;
  /** The event's dates as decided from the text. */
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  fallbackYear: number | null;
}

export interface StatusDecision {
  status: EventStatus;
  /** The date a postponement moved the event to, when the text gives it: the event's new date. */
  newDate: ResolvedDate | null;
  /** The sentence the new date was read from. */
  evidence: string | null;
  warnings: string[];
}

export function decideStatus(input: StatusInputs): StatusDecision {
  const found = input.own.flatMap((s) =>
    findStatusMentions(s.text, s.index < 0).map((m) => ({ s, m })),
  );
  const cancelled = found.find(
    (f) => f.m.change === 'cancelled' && sameYear(f.s.text, eventYears(input), input.published),
  );
  if (cancelled !== undefined) return plain('cancelled');
  // The last postponement speaks of the latest new date.
  const postponed = found.filter((f) => f.m.change === 'postponed').at(-1);
  if (postponed !== undefined) return afterPostponement(input, postponed.s, postponed.m);
  return plain(fromTiming(input));
}

/** The years the event may be of: its start's and the one its name gives. */
function eventYears(input: StatusInputs): number[] {
  const years = input.start === null ? [] : [Number(input.start.slice(0, 4))];
  return input.fallbackYear === null ? years : [...years, input.fallbackYear];
}

/**
 * "MSV will not take place this year" said in an article that goes on to the next edition: a
 * cancellation whose sentence names only other years than the event's is another edition's.
 */
function sameYear(sentence: string, own: number[], published: string | null): boolean {
  if (own.length === 0) return true;
  const years = [...sentence.matchAll(/\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
  const publishedYear = published === null ? null : Number(published.slice(0, 4));
  if (publishedYear !== null && /\bthis year\b/i.test(sentence)) years.push(publishedYear);
  if (publishedYear !== null && /\bnext year\b/i.test(sentence)) years.push(publishedYear + 1);
  return years.length === 0 || years.some((y) => own.includes(y));
}

/** The event's dates once a postponement's new date, when given, replaces the text's own. */
export function datesAfterStatus(date: DateDecision, status: StatusDecision): DateDecision {
  const moved = status.newDate;
  if (moved === null) return date;
  return {
    start: moved.start,
    end: moved.end,
    precision: moved.precision,
    evidence: status.evidence,
    warnings: date.warnings,
  };
}

function plain(status: EventStatus, warnings: string[] = []): StatusDecision {
  return { status, newDate: null, evidence: null, warnings };
}

function afterPostponement(
  input: StatusInputs,
  sentence: AnalysedSentence,
  mention: StatusMention,
): StatusDecision {
  const { published } = input;
  const resolved =
    mention.newDate === null
      ? null
      : resolveDate(mention.newDate, {
          published,
          tense: 'future',
          fallbackYear: input.fallbackYear,
        });
  const newDate = resolved?.start == null ? null : resolved;
  if (newDate !== null) {
    const at = newDate.start ?? '';
    if (published !== null && at <= published) {
      return plain('held', [
        `postponed to ${at}, on or before publication (${published}): taken as held on that date`,
      ]);
    }
    return {
      status: 'postponed',
      newDate,
      evidence: sentence.text,
      warnings: [`postponed: the date is the new one the text gives (${at})`, ...newDate.warnings],
    };
  }
  // "Originally scheduled for March 3": the date was the old one, whatever the publication date.
  const resolve = (d: StatusMention['oldDates'][number]): string | null =>
    resolveDate(d, { published, tense: sentence.tense, fallbackYear: input.fallbackYear }).start;
  const oldStarts = mention.oldDates.map(resolve);
  const fromOldDate = mention.oldDates.length > 0;
  if (input.start !== null && published !== null && input.start < published && !fromOldDate) {
    return plain('held', [
      `a postponement is mentioned, but the event's date (${input.start}) is before publication: taken as held`,
    ]);
  }
  if (input.start === null) return plain('postponed');
  const note = oldStarts.includes(input.start)
    ? 'postponed with no new date given: the date is the original one'
    : fromOldDate
      ? `postponed: the date (${input.start}) is taken as the new one, as it is not the original`
      : `postponed: the date (${input.start}) may be the original one or the new one`;
  return plain('postponed', [note]);
}

/** Planned when the event lies after publication, held when it is over or running. */
function fromTiming(input: StatusInputs): EventStatus {
  const { start, published } = input;
  if (start !== null && published !== null) {
    if (start > published) return 'planned';
    // A day-precise event that began by publication is over or running.
    if (input.precision === 'day' || lastDay(input) < published) return 'held';
  }
  return spokenOfAsFuture(input.own) ? 'planned' : 'held';
}

/** The last day the event's dates could cover: its end, or the end of its month or year. */
function lastDay({ start, end, precision }: StatusInputs): string {
  if (end !== null) return end;
  if (start === null) return '';
  if (precision === 'year') return `${start.slice(0, 4)}-12-31`;
  if (precision === 'month') return `${start.slice(0, 7)}-31`;
  return start;
}

/**
 * "Will be held", "is scheduled for": more of its sentences speak of it ahead than as over, and
 * none says it took place ("was held", "opened") or opens today, whatever plans it goes on to.
 */
function spokenOfAsFuture(own: AnalysedSentence[]): boolean {
  if (own.some((s) => s.occurs && s.tense === 'past')) return false;
  // "Begins today", "opens today": running at publication.
  if (own.some((s) => s.occurs && s.tense === 'present' && /\b(?:today|tonight)\b/i.test(s.text))) {
    return false;
  }
  const future = own.filter((s) => s.tense === 'future').length;
  const past = own.filter((s) => s.tense === 'past' || s.tense === 'present').length;
  return future > past;
}
