// Chooses an event's start and end among the dates bound to it: the best-scored opening date,
// then an explicit range, a closing date, or a duration ("the three-day event") for the end.
import type { DatePrecision } from '../event.ts';
import type { AnalysedSentence } from './analyse-sentence.ts';
import type { Bindings } from './bindings.ts';
import { addDays, daysBetween, nearestWeekday } from './calendar.ts';
import { eventYearIn } from './founding-years.ts';
import { resolveDate, type ResolvedDate } from './resolve-date.ts';
import { tenseBefore } from './tense.ts';
import { weekOffsetNear } from './week-phrase.ts';
import { dayAnchor } from './weekday-anchor.ts';

export interface DateDecision {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  evidence: string | null;
  warnings: string[];
}

interface Candidate {
  resolved: ResolvedDate;
  /** Weekday of a closing date ("running through Saturday"), resolved from the start instead. */
  weekday: number | null;
  role: 'start' | 'end' | 'span';
  score: number;
  sentence: number;
  /** Where the date came from, for a warning when it is not the text's own date of this event. */
  note: string | null;
  /** "runs until Wednesday" in the present tense: the event is on as the text is written. */
  running?: boolean;
  /** A weekday or "today": counted from an anchor, so less sure than a calendar date. */
  relative?: boolean;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 3, month: 2, year: 1, unknown: 0 };

function better(a: Candidate, b: Candidate): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const pa = PRECISION_RANK[a.resolved.precision];
  const pb = PRECISION_RANK[b.resolved.precision];
  if (pa !== pb) return pa > pb;
  if ((a.resolved.end !== null) !== (b.resolved.end !== null)) return a.resolved.end !== null;
  return a.sentence < b.sentence;
}

export interface DateInputs {
  entity: number;
  sentences: AnalysedSentence[];
  bindings: Bindings;
  published: string | null;
  fallbackYear: number | null;
  /** Paragraph of each sentence position, for weekdays counted from a nearby date. */
  paragraphs?: readonly number[];
  /** ISO date of the article's dateline, year completed. */
  dateline?: string | null;
}

/** A year written in the text, never a founding year ("first held in 2009"). */
const yearIn = eventYearIn;

function candidates(input: DateInputs, warnings: string[]): Candidate[] {
  const { entity, sentences, bindings, published } = input;
  const headlineYear = yearIn(sentences[0]?.text);
  const articleYear = headlineYear ?? yearIn(sentences[1]?.text);
  const out: Candidate[] = [];
  for (const b of bindings.dates) {
    if (b.entity !== entity) continue;
    const s = sentences[b.sentence];
    // "opened on Monday and will run until Wednesday": a weekday follows its own verb's tense.
    const local = b.mention.weekday !== null ? tenseBefore(s?.text ?? '', b.mention.index) : null;
    const tense = local !== null && local !== 'unknown' ? local : (s?.tense ?? 'unknown');
    const fallbackYear = input.fallbackYear ?? yearIn(s?.text) ?? articleYear;
    // "runs until Wednesday", "up to and including Friday": the closing day, whatever the verb;
    // "closed after three days (May 26-28)": a range is the whole event, whatever the verb.
    const range = b.mention.end !== null && b.mention.closing !== true;
    const role = b.mention.closing === true ? 'end' : range && b.role === 'end' ? 'span' : b.role;
    const endWeekday = role === 'end' && b.mention.weekday !== null ? b.mention.weekday : null;
    const anchor = dayAnchor({ ...input, fallbackYear }, b.sentence, b.mention, tense);
    const textYear = input.fallbackYear ?? headlineYear;
    // "this week … from Friday": the week fixes an opening weekday; a closing one follows it.
    const weekOffset =
      endWeekday === null && b.mention.weekday !== null
        ? weekOffsetNear(sentences, input.paragraphs, b.sentence)
        : null;
    const context = { published, tense, fallbackYear, anchor, textYear, weekOffset };
    const resolved = resolveDate(b.mention, context);
    if (resolved.start === null && endWeekday === null) {
      warnings.push(...resolved.warnings);
      continue;
    }
    const note = null;
    out.push({
      resolved,
      weekday: endWeekday,
      role,
      score: b.score,
      sentence: b.sentence,
      note,
      running: b.mention.closing === true && tense === 'present',
      relative: b.mention.start === null,
    });
  }
  for (const r of bindings.relations) {
    if (r.entity !== entity || r.ref.relation === null) continue;
    const tense = sentences[r.sentence]?.tense ?? 'unknown';
    const fallbackYear = input.fallbackYear ?? yearIn(sentences[r.sentence]?.text) ?? articleYear;
    const from = dayAnchor({ ...input, fallbackYear }, r.sentence, r.anchor.mention);
    const context = { published, tense, fallbackYear, anchor: from };
    const anchor = resolveDate(r.anchor.mention, context);
    if (anchor.start === null || anchor.precision !== 'day') continue;
    const day = addDays(anchor.start, r.ref.relation.offset);
    const resolved: ResolvedDate = {
      start: day,
      end: null,
      precision: 'day',
      warnings: anchor.warnings,
    };
    const note = "date counted from another event's date in the same sentence";
    out.push({
      resolved,
      weekday: null,
      role: r.ref.relation.edge,
      score: 0.5,
      sentence: r.sentence,
      note,
    });
  }
  return out;
}

export function decideDate(input: DateInputs): DateDecision {
  const warnings: string[] = [];
  const all = candidates(input, warnings);
  let best: Candidate | null = null;
  for (const c of all) if (c.role !== 'end' && (best === null || better(c, best))) best = c;
  best = (best !== null && calendarRangeHolding(all, best)) || best;
  if (best === null || best.resolved.start === null) {
    return closingOnly(input, all, warnings);
  }
  const start = best.resolved.start;
  warnings.push(...best.resolved.warnings);
  if (best.note !== null) warnings.push(best.note);
  const conflicting = all.find(
    (c) =>
      c.role !== 'end' &&
      c.score === best.score &&
      c.resolved.precision === best.resolved.precision &&
      c.resolved.start !== start,
  );
  if (conflicting?.resolved.start != null)
    warnings.push(`another start date was also found: ${conflicting.resolved.start}`);
  const evidence = input.sentences[best.sentence]?.text ?? null;
  if (best.resolved.precision !== 'day') {
    return { start, end: null, precision: best.resolved.precision, evidence, warnings };
  }
  return {
    start,
    end: endOf(input, all, best, start, warnings),
    precision: 'day',
    evidence,
    warnings,
  };
}

/**
 * "runs Feb. 26-29 … the main conference running Tuesday through Thursday": a calendar range
 * that holds the chosen weekday is the same event told more fully, and surer.
 */
function calendarRangeHolding(all: Candidate[], best: Candidate): Candidate | null {
  const day = best.resolved.start;
  if (best.relative !== true || day === null) return null;
  return (
    all.find((c) => {
      const { start, end } = c.resolved;
      if (c.relative === true || c.role === 'end' || start === null || end === null) return false;
      return daysBetween(start, day) >= 0 && daysBetween(day, end) >= 0;
    }) ?? null
  );
}

/**
 * "The forum concluded on Tuesday": only the closing day is given. A duration dates the start;
 * otherwise the closing day stands for the event, with a warning.
 */
function closingOnly(input: DateInputs, all: Candidate[], warnings: string[]): DateDecision {
  let closing: Candidate | null = null;
  for (const c of all) {
    if (c.role === 'end' && c.resolved.start !== null && (closing === null || better(c, closing)))
      closing = c;
  }
  const end = closing?.resolved.start ?? null;
  if (closing === null || end === null) {
    return {
      start: null,
      end: null,
      precision: 'unknown',
      evidence: null,
      warnings: [...warnings, 'no date found'],
    };
  }
  const evidence = input.sentences[closing.sentence]?.text ?? null;
  const out = [...warnings, ...closing.resolved.warnings];
  if (closing.resolved.precision !== 'day') {
    return {
      start: closing.resolved.start,
      end: null,
      precision: closing.resolved.precision,
      evidence,
      warnings: out,
    };
  }
  const duration = input.bindings.durations.find((d) => d.entity === input.entity);
  if (duration !== undefined) {
    out.push(`start date counted back from the closing date by "${duration.text}"`);
    return {
      start: addDays(end, 1 - duration.days),
      end,
      precision: 'day',
      evidence,
      warnings: out,
    };
  }
  const published = input.published;
  if (closing.running === true && published !== null && daysBetween(published, end) >= 0) {
    out.push(
      `start date unknown: the event is already running at publication, so the publication date ${published} stands for it`,
    );
    return { start: published, end, precision: 'day', evidence, warnings: out };
  }
  out.push('only the closing date is given: the event is dated by it');
  return { start: end, end, precision: 'day', evidence, warnings: out };
}

function endOf(
  input: DateInputs,
  all: Candidate[],
  best: Candidate,
  start: string,
  warnings: string[],
): string | null {
  if (best.resolved.end !== null) return best.resolved.end;
  const ranged = all.find((c) => c.resolved.start === start && c.resolved.end !== null);
  if (ranged?.resolved.end != null) return ranged.resolved.end;
  for (const c of all) {
    if (c.role !== 'end') continue;
    if (c.weekday !== null) return nearestWeekday(start, c.weekday, 1);
    const day = c.resolved.start;
    if (c.resolved.precision === 'day' && day !== null && daysBetween(start, day) >= 0) return day;
  }
  const duration = input.bindings.durations.find((d) => d.entity === input.entity);
  if (duration !== undefined) {
    warnings.push(`end date counted from "${duration.text}"`);
    return addDays(start, duration.days - 1);
  }
  return best.role === 'span' ? start : null;
}
