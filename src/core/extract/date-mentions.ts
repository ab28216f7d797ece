// Finds date expressions in one sentence and reads them into partial dates, without resolving
// missing years or weekdays (resolve-date.ts does that against the publication date).
import { isValidDate } from './calendar.ts';
import { isFoundingDate } from './founding-years.ts';

export interface PartialDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

export interface DateMention {
  text: string;
  index: number;
  start: PartialDate | null;
  end: PartialDate | null;
  /** 0 = Sunday … 6 = Saturday, for "on Wednesday". */
  weekday: number | null;
  weekdayModifier: 'last' | 'next' | 'this' | null;
  /** "yesterday" = -1, "today" = 0, "tomorrow" = 1. */
  dayOffset: number | null;
  /** "June this year" = 0, "last year" = -1, "next year" = 1. */
  yearRelative: number | null;
  /** A calendar date that does not exist ("February 30"). */
  invalid: boolean;
  /** Written as the last day: "until Wednesday", "up to and including Friday". */
  closing?: boolean;
}

const MONTHS =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])';
const YEAR = '(?:\\s*,?\\s*((?:19|20)\\d{2})(?!\\d))';
const TO = '\\s*(?:-|–|—|to|through|thru|until|till)\\s*';

/** "May 3-5", "Sept. 28 to Oct. 2", and "October 28 and 29" (days of one month) as a range. */
const MONTH_FIRST = new RegExp(
  `\\b${MONTHS}\\s+${DAY}${YEAR}?(?:(?:${TO}|\\s+and\\s+(?!Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?:${MONTHS}\\s+)?${DAY}${YEAR}?)?`,
  'gi',
);
/** "to Saturday 26 November": a weekday may gloss the closing day of a range. */
const GLOSS = '(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\\s+)?';
const DAY_FIRST_RANGE = new RegExp(
  `\\b${DAY}(?:\\s+(?:of\\s+)?${MONTHS}${YEAR}?)?(?:${TO}|\\s+and\\s+)${GLOSS}${DAY}\\s+(?:of\\s+)?${MONTHS}\\b${YEAR}?`,
  'gi',
);
const DAY_FIRST = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTHS}\\b${YEAR}?`, 'gi');
const NUMERIC =
  /\b((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(?:\s*(?:-|–|to|through|until)\s*((?:19|20)\d{2})\2(\d{1,2})\2(\d{1,2})(?!\d))?/g;
/** "14.03.2019", "14/03/2019": day first, unless a slashed date can only be month first. */
const DAY_MONTH_YEAR =
  /(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?![\d/])(?:\s*(?:-|–|to|until)\s*(\d{1,2})\2(\d{1,2})\2((?:19|20)\d{2})(?![\d/]))?/g;
/** "14.-16.05.2025", "14-16.05.2025": a day range sharing one dotted month and year. */
const DAY_RANGE_MONTH_YEAR =
  /(?<![\d.,/])(\d{1,2})\.?\s*[-–]\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d/])/g;
/** "held on the 15th": a day of the month the text is written in, followed by no noun. */
const DAY_ONLY =
  /\bon the (\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;)]|$)|\s+(?:of this month|at|in|and|with|when|as|to|from)\b)/g;
const MONTH_ONLY = new RegExp(`\\b${MONTHS}\\b(?:${YEAR}|\\s+(this|last|next)\\s+year)?`, 'gi');
const WEEKDAY =
  /\b(?:(last|next|this|this coming|coming|past)\s+)?(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/gi;
const RELATIVE_DAY = /\b(yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening))\b/gi;
const YEAR_ONLY = /\b(?:in|during|for|of)\s+((?:19|20)\d{2})\b(?![-/.]\d)/g;

const MONTH_INDEX: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WEEKDAY_INDEX: Record<string, number> = {
  sun: 0,
  mon: 1,
  tues: 2,
  wednes: 3,
  thurs: 4,
  fri: 5,
  satur: 6,
};
const MONTH_ONLY_LEADS =
  /\b(?:in|during|since|until|till|by|from|of|early|mid|late|end of|beginning of|this|last|next)[\s-]+$/i;

function monthOf(token: string | undefined): number | null {
  if (token === undefined) return null;
  return MONTH_INDEX[token.slice(0, 3).toLowerCase()] ?? null;
}

function num(token: string | undefined): number | null {
  return token === undefined ? null : Number(token);
}

/** Month names must be written as names ("May", "MAY"), never as the verb "may". */
function capitalised(word: string | undefined): boolean {
  return word !== undefined && /^[A-Z]/.test(word);
}

function blank(text: string, index: number): Omit<DateMention, 'start' | 'end'> {
  return {
    text,
    index,
    weekday: null,
    weekdayModifier: null,
    dayOffset: null,
    yearRelative: null,
    invalid: false,
  };
}

function isPossible(date: PartialDate): boolean {
  if (date.month === null) return true;
  if (date.day === null) return date.month >= 1 && date.month <= 12;
  return isValidDate(date.year ?? 2000, date.month, date.day);
}

function range(
  start: PartialDate,
  endDay: number | null,
  endMonth: number | null,
  endYear: number | null,
): PartialDate | null {
  return endDay === null ? null : { year: endYear, month: endMonth ?? start.month, day: endDay };
}

function finish(
  text: string,
  index: number,
  start: PartialDate,
  end: PartialDate | null,
): DateMention {
  if (end !== null) {
    const crossesYear = end.month !== null && start.month !== null && end.month < start.month;
    if (start.year === null && end.year !== null) {
      start = { ...start, year: crossesYear ? end.year - 1 : end.year };
    } else if (end.year === null && start.year !== null) {
      end = { ...end, year: crossesYear ? start.year + 1 : start.year };
    }
  }
  const invalid = !isPossible(start) || (end !== null && !isPossible(end));
  const backwards = end !== null && end.month === start.month && (end.day ?? 0) < (start.day ?? 0);
  return { ...blank(text, index), start, end: backwards ? null : end, invalid };
}

function* monthFirst(s: string): Generator<DateMention> {
  for (const m of s.matchAll(MONTH_FIRST)) {
    if (!capitalised(m[1]) || (m[4] !== undefined && !capitalised(m[4]))) continue;
    const start = { year: num(m[3]), month: monthOf(m[1]), day: num(m[2]) };
    yield finish(m[0], m.index, start, range(start, num(m[5]), monthOf(m[4]), num(m[6])));
  }
}

function* dayFirstRange(s: string): Generator<DateMention> {
  for (const m of s.matchAll(DAY_FIRST_RANGE)) {
    if (!capitalised(m[5]) || (m[2] !== undefined && !capitalised(m[2]))) continue;
    const endMonth = monthOf(m[5]);
    const start = { year: num(m[3]), month: monthOf(m[2]) ?? endMonth, day: num(m[1]) };
    yield finish(m[0], m.index, start, { year: num(m[6]), month: endMonth, day: num(m[4]) });
  }
}

function* dayFirst(s: string): Generator<DateMention> {
  for (const m of s.matchAll(DAY_FIRST)) {
    if (!capitalised(m[2])) continue;
    yield finish(m[0], m.index, { year: num(m[3]), month: monthOf(m[2]), day: num(m[1]) }, null);
  }
}

function* numeric(s: string): Generator<DateMention> {
  for (const m of s.matchAll(NUMERIC)) {
    const start = { year: num(m[1]), month: num(m[3]), day: num(m[4]) };
    const end = m[5] === undefined ? null : { year: num(m[5]), month: num(m[6]), day: num(m[7]) };
    yield finish(m[0], m.index, start, end);
  }
}

/** [day, month] of "14.03.2019" (dots: day first) or a slashed date that can be read one way only. */
function dayMonth(a: number, b: number, separator: string): [number, number] | null {
  if (separator === '.') return [a, b];
  if (b > 12) return [b, a];
  return a > 12 ? [a, b] : null;
}

function* dayMonthYear(s: string): Generator<DateMention> {
  for (const m of s.matchAll(DAY_MONTH_YEAR)) {
    const sep = m[2] ?? '.';
    const first = dayMonth(Number(m[1]), Number(m[3]), sep);
    if (first === null) continue;
    const start = { year: num(m[4]), month: first[1], day: first[0] };
    const last = m[5] === undefined ? null : dayMonth(Number(m[5]), Number(m[6]), sep);
    const end = last === null ? null : { year: num(m[7]), month: last[1], day: last[0] };
    yield finish(m[0], m.index, start, end);
  }
}

function* dayRangeMonthYear(s: string): Generator<DateMention> {
  for (const m of s.matchAll(DAY_RANGE_MONTH_YEAR)) {
    const [year, month] = [num(m[4]), num(m[3])];
    const start = { year, month, day: num(m[1]) };
    yield finish(m[0], m.index, start, { year, month, day: num(m[2]) });
  }
}

function* dayOnly(s: string): Generator<DateMention> {
  for (const m of s.matchAll(DAY_ONLY)) {
    const at = m.index + 'on the '.length;
    const day = num(m[1]);
    if (day === null || day < 1 || day > 31) continue;
    yield finish(m[0].slice('on the '.length), at, { year: null, month: null, day }, null);
  }
}

function* monthOnly(s: string): Generator<DateMention> {
  for (const m of s.matchAll(MONTH_ONLY)) {
    if (!capitalised(m[1])) continue;
    const year = num(m[2]);
    const relative = m[3]?.toLowerCase();
    const lead = MONTH_ONLY_LEADS.test(s.slice(Math.max(0, m.index - 16), m.index));
    if (year === null && relative === undefined && !lead) continue;
    const mention = finish(m[0], m.index, { year, month: monthOf(m[1]), day: null }, null);
    mention.yearRelative =
      relative === undefined ? null : relative === 'this' ? 0 : relative === 'last' ? -1 : 1;
    yield mention;
  }
}

function* weekdays(s: string): Generator<DateMention> {
  for (const m of s.matchAll(WEEKDAY)) {
    const modifier = m[1]?.toLowerCase();
    const mention: DateMention = { ...blank(m[0], m.index), start: null, end: null };
    mention.weekday = WEEKDAY_INDEX[(m[2] ?? '').toLowerCase()] ?? null;
    mention.weekdayModifier =
      modifier === 'last' || modifier === 'past'
        ? 'last'
        : modifier === undefined
          ? null
          : modifier === 'next'
            ? 'next'
            : 'this';
    yield mention;
  }
}

function* relativeDays(s: string): Generator<DateMention> {
  for (const m of s.matchAll(RELATIVE_DAY)) {
    const word = (m[1] ?? '').toLowerCase();
    const mention: DateMention = { ...blank(m[0], m.index), start: null, end: null };
    mention.dayOffset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
    yield mention;
  }
}

function* yearsOnly(s: string): Generator<DateMention> {
  for (const m of s.matchAll(YEAR_ONLY)) {
    const at = m.index + m[0].length - 4;
    yield finish(m[0].slice(-4), at, { year: num(m[1]), month: null, day: null }, null);
  }
}

/** Every date expression of `sentence`, left to right; where two overlap, the longer wins. */
export function findDateMentions(sentence: string): DateMention[] {
  if (
    !/\d|day|yesterday|tomorrow|tonight|morning|afternoon|evening|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i.test(
      sentence,
    )
  )
    return [];
  const all = [
    ...numeric(sentence),
    ...dayMonthYear(sentence),
    ...dayRangeMonthYear(sentence),
    ...dayOnly(sentence),
    ...dayFirstRange(sentence),
    ...monthFirst(sentence),
    ...dayFirst(sentence),
    ...monthOnly(sentence),
    ...weekdays(sentence),
    ...relativeDays(sentence),
    ...yearsOnly(sentence),
  ].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: DateMention[] = [];
  for (const mention of all) {
    const last = kept.at(-1);
    if (last !== undefined && mention.index < last.index + last.text.length) continue;
    kept.push(mention);
  }
  return dropGlossedDays(sentence, kept)
    .filter((m) => !isFounding(sentence, m))
    .map((m) => (closes(sentence.slice(0, m.index), m) ? { ...m, closing: true } : m));
}

/** "Thursday-Saturday", "from Thursday to Saturday", "on Thursday and Friday": the second closes. */
const AFTER_WEEKDAY = /\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\s*(?:-|–|—|to|and)\s*$/;

/** A range ("through Friday, June 4-7") is the whole event, never its closing day. */
function closes(before: string, m: DateMention): boolean {
  if (m.end !== null) return false;
  return CLOSING_BEFORE.test(before) || (m.weekday !== null && AFTER_WEEKDAY.test(before));
}

/** "until Wednesday", "up to and including Friday", "through Thursday, Feb. 29". */
const CLOSING_BEFORE =
  /\b(?:until|till|up to and including|up to|up until|through|thru|to and including)\s+(?:(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day,?\s+)?(?:the\s+)?$/i;

/** "founded in 2015", "since 1981": the history of the series (founding-years.ts). */
function isFounding(sentence: string, m: DateMention): boolean {
  if (m.start?.year == null) return false;
  const precision = m.start.day !== null ? 'day' : m.start.month !== null ? 'month' : 'year';
  return isFoundingDate(sentence, m.index, precision);
}

/**
 * "Tuesday (Nov 5)", "Wednesday, Sept 20", "today (31 May)", "tomorrow (Mar. 23)": the calendar
 * date makes the weekday or relative day redundant, and is right where the two disagree.
 */
function dropGlossedDays(sentence: string, mentions: DateMention[]): DateMention[] {
  return mentions.filter((m, i) => {
    if (m.weekday === null && m.dayOffset === null) return true;
    const next = mentions[i + 1];
    if (next?.start?.day == null) return true;
    const gap = sentence.slice(m.index + m.text.length, next.index);
    return !/^\s*[,(]?\s*(?:the\s+)?$/.test(gap);
  });
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  half: 1,
};

export interface DurationMention {
  days: number;
  index: number;
  text: string;
}

const DURATION =
  /\b(?:(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|half|\d{1,2})[- ]day|(week)[- ]?long|(?:last|lasts|lasting|run|runs|running|for|after)\s+(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days)\b/gi;

/** "after five days" is a duration only when the event closes: "wrapped up … after five days". */
const CLOSED_BEFORE =
  /\b(?:closed|concluded|ended|wrapped up|came to a close|drew to a close|closes|concludes|ends|wraps up)\b/i;

/** "two-day event", "week-long festival", "will last three days", "closed after four days". */
export function findDurations(sentence: string): DurationMention[] {
  const out: DurationMention[] = [];
  for (const m of sentence.matchAll(DURATION)) {
    const word = (m[1] ?? m[3] ?? '').toLowerCase();
    const days = m[2] !== undefined ? 7 : (NUMBER_WORDS[word] ?? Number(word));
    if (/^after/i.test(m[0]) && !CLOSED_BEFORE.test(sentence.slice(0, m.index))) continue;
    if (Number.isInteger(days) && days >= 1 && days <= 31)
      out.push({ days, index: m.index, text: m[0] });
  }
  return out;
}
