// Turns a date mention into ISO start/end dates with a precision, using the publication date
// for what the text leaves implicit (the year, "on Wednesday", "yesterday").
import type { DatePrecision } from '../event.ts';
import {
  addDays,
  daysBetween,
  daysInMonth,
  isValidDate,
  nearestMonthDay,
  nearestWeekday,
  parseIso,
  toIso,
  weekdayOf,
} from './calendar.ts';
import type { DateMention, PartialDate } from './date-mentions.ts';
import type { Tense } from './tense.ts';

export interface DateContext {
  /** ISO publication date, when known. */
  published: string | null;
  tense: Tense;
  /** A year to fall back on when there is no publication date (e.g. from the event's name). */
  fallbackYear: number | null;
  /** What "on Monday" and "today" count from, when not the publication date (weekday-anchor.ts). */
  anchor?: DayAnchor | null;
  /** A year the text gives the event (its name's, else the headline's), for a date without one. */
  textYear?: number | null;
  /** "this week" (0), "next week" (1), "last week" (-1) named beside a weekday (week-phrase.ts). */
  weekOffset?: number | null;
}

export interface DayAnchor {
  date: string;
  /** For the warning: "the dateline date", "a date named earlier in the paragraph". */
  label: string;
  /** A date the text names, not the day it was written: it gives no direction to a weekday. */
  named?: boolean;
}

export interface ResolvedDate {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  warnings: string[];
}

const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** Beyond this distance from publication, a year-less date is taken from the neighbouring year. */
const TENSE_SLACK_DAYS = 14;
const HALF_YEAR_DAYS = 183;

const unknown = (warning: string): ResolvedDate => ({
  start: null,
  end: null,
  precision: 'unknown',
  warnings: [warning],
});

/**
 * "Africa's 2024 tech calendar … 12-13 September", published in January: the year the text names
 * wins over nearness to publication, unless the tense rules it out ("opened on May 3" in 2023
 * while published in 2022) or it is not the publication year or a neighbour.
 */
function textYearFits(month: number, day: number, ctx: DateContext, pubYear: number): boolean {
  const year = ctx.textYear ?? null;
  if (year === null || ctx.published === null || Math.abs(year - pubYear) > 1) return false;
  const diff = daysBetween(
    ctx.published,
    toIso(year, month, Math.min(day, daysInMonth(year, month))),
  );
  if (ctx.tense === 'past') return diff <= TENSE_SLACK_DAYS;
  if (ctx.tense === 'future') return diff >= -TENSE_SLACK_DAYS;
  return true;
}

function inferYear(month: number, day: number, ctx: DateContext): number | null {
  const pub = ctx.published === null ? null : parseIso(ctx.published);
  if (pub === null || ctx.published === null) return ctx.fallbackYear;
  if (textYearFits(month, day, ctx, pub.year)) return ctx.textYear ?? null;
  const candidate = Math.min(day, daysInMonth(pub.year, month));
  const diff = daysBetween(ctx.published, toIso(pub.year, month, candidate));
  if (ctx.tense === 'past' && diff > TENSE_SLACK_DAYS) return pub.year - 1;
  if (ctx.tense === 'future' && diff < -TENSE_SLACK_DAYS) return pub.year + 1;
  if (ctx.tense === 'past' || ctx.tense === 'future') return pub.year;
  if (diff > HALF_YEAR_DAYS) return pub.year - 1;
  if (diff < -HALF_YEAR_DAYS) return pub.year + 1;
  return pub.year;
}

function yearNote(ctx: DateContext, year: number): string {
  if (ctx.published === null) return 'date has no year: year taken from the event name or article';
  if (year === ctx.textYear && year !== Number(ctx.published.slice(0, 4)))
    return `date has no year: year ${year} taken from the event name or headline`;
  return `date has no year: year inferred from publication date ${ctx.published}`;
}

function resolveAbsolute(
  m: DateMention,
  start: PartialDate,
  end: PartialDate | null,
  ctx: DateContext,
  rel: number | null,
): ResolvedDate {
  const warnings: string[] = [];
  let year = start.year;
  if (year === null && rel !== null && ctx.published !== null) {
    year = Number(ctx.published.slice(0, 4)) + rel;
  } else if (year === null && start.month !== null) {
    year = inferYear(start.month, start.day ?? 1, ctx);
    if (year === null) return unknown('date has no year and the publication date is unknown');
    warnings.push(yearNote(ctx, year));
  }
  if (year === null) return unknown('date could not be read');
  if (start.month === null)
    return { start: toIso(year, 1, 1), end: null, precision: 'year', warnings };
  if (start.day === null) {
    return { start: toIso(year, start.month, 1), end: null, precision: 'month', warnings };
  }
  if (!isValidDate(year, start.month, start.day)) {
    return unknown(`impossible date "${m.text}" in ${year} ignored`);
  }
  const startIso = toIso(year, start.month, start.day);
  let endIso: string | null = null;
  if (end?.month != null && end.day !== null) {
    const endYear = end.year ?? (end.month < start.month ? year + 1 : year);
    if (isValidDate(endYear, end.month, end.day)) endIso = toIso(endYear, end.month, end.day);
    else warnings.push(`impossible end date in "${m.text}" in ${endYear} ignored`);
    if (endIso !== null && daysBetween(startIso, endIso) < 0) endIso = null;
  }
  return { start: startIso, end: endIso, precision: 'day', warnings };
}

/**
 * Past: on or before the anchor; future: on or after; present: the nearest. A date the text
 * names (not the writing date) says nothing of direction, so an unknown tense takes the nearest.
 */
function weekdayDirection(m: DateMention, tense: Tense, anchor: string, named: boolean): string {
  const weekday = m.weekday ?? 0;
  if (m.weekdayModifier === 'last') return nearestWeekday(addDays(anchor, -1), weekday, -1);
  if (m.weekdayModifier === 'next') return nearestWeekday(addDays(anchor, 1), weekday, 1);
  if (tense === 'future') return nearestWeekday(anchor, weekday, 1);
  // "runs until Wednesday": a closing day not yet past is ahead of the anchor.
  if (m.closing === true && tense !== 'past') return nearestWeekday(anchor, weekday, 1);
  if (tense === 'present' || (tense === 'unknown' && named)) {
    const before = nearestWeekday(anchor, weekday, -1);
    const after = nearestWeekday(anchor, weekday, 1);
    return daysBetween(before, anchor) <= daysBetween(anchor, after) ? before : after;
  }
  return nearestWeekday(anchor, weekday, -1);
}

const WEEK_NAMES = ['last week', 'this week', 'next week'];

/** The weekday in the Monday-to-Sunday week of `anchor`, moved by `week` weeks. */
function weekdayInWeek(anchor: string, weekday: number, week: number): string {
  const monday = addDays(anchor, -((weekdayOf(anchor) + 6) % 7) + 7 * week);
  return addDays(monday, (weekday + 6) % 7);
}

/** The anchor a weekday or "today" counts from: the given one, else the publication date. */
function anchorOf(ctx: DateContext): DayAnchor | null {
  if (ctx.anchor != null) return ctx.anchor;
  return ctx.published === null ? null : { date: ctx.published, label: 'publication date' };
}

function relativeTo(anchor: DayAnchor): string {
  return anchor.label === 'publication date'
    ? `publication date ${anchor.date}`
    : `${anchor.date}, ${anchor.label}`;
}

/** "on the 15th": the month and year of the anchor, or its neighbour the tense points to. */
function dayOfMonth(day: number, tense: Tense, anchor: DayAnchor | null): ResolvedDate {
  if (anchor === null) return unknown(`day ${day} of the month needs a publication date`);
  const direction = tense === 'past' ? -1 : tense === 'future' ? 1 : 0;
  const start = nearestMonthDay(anchor.date, day, direction);
  if (start === null) return unknown(`day ${day} of the month could not be placed`);
  const note = `date gives only the day (${day}): month and year taken from ${relativeTo(anchor)}`;
  return { start, end: null, precision: 'day', warnings: [note] };
}

export function resolveDate(m: DateMention, ctx: DateContext): ResolvedDate {
  if (m.invalid) return unknown(`impossible date "${m.text}" ignored`);
  const anchor = anchorOf(ctx);
  if (m.start?.month === null && m.start.day !== null && m.start.year === null)
    return dayOfMonth(m.start.day, ctx.tense, anchor);
  if (m.start !== null) return resolveAbsolute(m, m.start, m.end, ctx, m.yearRelative);
  if (anchor === null) return unknown(`"${m.text}" needs a publication date, which is unknown`);
  if (m.weekday !== null) {
    const week = anchor.named === true || m.weekdayModifier !== null ? null : ctx.weekOffset;
    const day =
      week == null
        ? weekdayDirection(m, ctx.tense, anchor.date, anchor.named === true)
        : weekdayInWeek(anchor.date, m.weekday, week);
    const name = WEEKDAY_NAMES[m.weekday] ?? '';
    const how = week == null ? `${ctx.tense} tense` : (WEEK_NAMES[week + 1] ?? 'named week');
    return {
      start: day,
      end: null,
      precision: 'day',
      warnings: [`"${name}" resolved relative to ${relativeTo(anchor)} (${how})`],
    };
  }
  const offset = m.dayOffset ?? 0;
  return {
    start: addDays(anchor.date, offset),
    end: null,
    precision: 'day',
    warnings: [`"${m.text}" resolved relative to ${relativeTo(anchor)}`],
  };
}
