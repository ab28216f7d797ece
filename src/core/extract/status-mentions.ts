// Finds what a sentence says about an event being cancelled or postponed, and the new date of a
// postponement. A wording that is negated ("will not be postponed") or that speaks of another
// edition ("unlike last year's cancelled edition") says nothing about this event.
import { findDateMentions, type DateMention } from './date-mentions.ts';

export type StatusChange = 'cancelled' | 'postponed';

export interface StatusMention {
  change: StatusChange;
  /** Where in the sentence the wording starts. */
  index: number;
  /** The date the event was moved to, as written ("to June 5-7", "until 2027"). */
  newDate: DateMention | null;
  /** Dates the sentence gives as the old ones ("from March 3", "originally scheduled for May"). */
  oldDates: DateMention[];
}

const CANCELLED =
  /\b(?:(?:has|have|had|was|were|is|are|been|be|being|got|get) (?:now |officially |formally |also )?(?:cancell?ed|called off|scrapped|axed|scrubbed)|cancell?ation of|cancels|cancell?ed (?:the|its|this|their)|calls? off (?:the|its|this)|called off (?:the|its|this)|scrapped (?:the|its|this)|will not (?:take place|be held|go ahead)|won't (?:take place|be held|go ahead)|(?:decided|chose|opted|agreed) not to (?:hold|stage|host|organi[sz]e|run)|not (?:to )?(?:be )?held this year)\b/gi;
const POSTPONED =
  /\b(?:postpon(?:ed|es?|ing|ement)|pushed back|rescheduled|re-scheduled|delayed (?:until|till|to|by)|deferred|put off|moved (?:back )?(?:to|until|into) (?:next year|later|(?:19|20)\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)|(?:has|have|had) (?:been )?moved to (?:a later date|next year))\b/gi;
/** Denials and alternatives just before the wording: "not", "no plans to", "rather than". */
const NEGATED =
  /(?:\b(?:not|never|no|neither|nor|rather than|instead of|despite|denied|deny|without|avoid(?:ed)?|rumou?rs? (?:that|of)|calls? to|fears? (?:that|of)|whether|if)\b|n't\b)[^.;,]{0,25}$/i;
/** Another edition: "last year's", "the previous edition", "in 2020", "unlike", "after the … was". */
const OTHER_EDITION =
  /\b(?:last year'?s?|previous|prior|preceding|earlier edition|former|unlike|the (?:19|20)\d{2} (?:edition|event|show|fair|expo|conference)|in (?:19|20)\d{2}|(?:19|20)\d{2} edition|(?:two|three|several) years? ago|pandemic-(?:hit|era)|(?:after|following|since) (?:the |its |a |being )?(?:cancell?ation|postponement|(?:[\w-]+ ){0,4}(?:was|were|had been) (?:cancell?ed|postponed|called off|scrapped)))\b/i;
/** A "will not take place" followed by where it will take place instead is a move, not an end. */
const INSTEAD = /\b(?:but|instead|rather|online|virtually|in a (?:virtual|digital) format)\b/i;
const OLD_DATE_BEFORE =
  /\b(?:from|originally|initially|previously|earlier|first)\b[^.;]{0,30}$|\b(?:scheduled|planned|set|due) (?:for|to (?:open|begin|start|take place|run)(?: on| in)?)\s*$|\bwas to\b[^.;]{0,20}$/i;
const NEW_DATE_BEFORE = /\b(?:to|until|till|into|for|on|in|now)\s+(?:the\s+)?(?:period\s+)?$/i;
/** "The postponed show opened on Monday": that date is when it took place, not where it moved. */
const OCCURS_BETWEEN =
  /\b(?:opened|opens|held|took place|takes place|kicked off|began|begins|started|starts|ran|closed|concluded|ended|[;.])/i;
/** "moved to 2027", "until next year": a year that the date mentions leave out. */
const NEW_YEAR = /\b(?:to|until|till|into)\s+((?:19|20)\d{2})\b/i;
const NEXT_YEAR = /\b(?:to|until|till|into)\s+next year\b/i;

export function findStatusMentions(sentence: string): StatusMention[] {
  const out: StatusMention[] = [];
  for (const [change, pattern] of [
    ['cancelled', CANCELLED],
    ['postponed', POSTPONED],
  ] as const) {
    const m = [...sentence.matchAll(pattern)].find((found) => aboutThisEvent(sentence, found));
    if (m !== undefined) out.push({ change, index: m.index, ...dates(sentence, m.index, change) });
  }
  return out;
}

function aboutThisEvent(sentence: string, m: RegExpExecArray): boolean {
  const clause = clauseBefore(sentence, m.index);
  if (NEGATED.test(clause) || OTHER_EDITION.test(clause)) return false;
  const moved = /\bnot\b|n't/i.test(m[0]) && INSTEAD.test(sentence.slice(m.index + m[0].length));
  return !moved;
}

/** The text of the wording's own clause before it (back to ";", a dash or ", while"). */
function clauseBefore(sentence: string, index: number): string {
  const before = sentence.slice(0, index);
  const cut = Math.max(
    before.lastIndexOf(';'),
    before.search(/,\s*(?:while|whereas|but|and|although|though)\s[^,;]*$/i),
    before.lastIndexOf(' — '),
    before.lastIndexOf(' -- '),
  );
  return cut < 0 ? before : before.slice(cut + 1);
}

function dates(
  sentence: string,
  index: number,
  change: StatusChange,
): { newDate: DateMention | null; oldDates: DateMention[] } {
  const oldDates: DateMention[] = [];
  let newDate: DateMention | null = null;
  for (const m of findDateMentions(sentence)) {
    const before = sentence.slice(0, m.index);
    if (OLD_DATE_BEFORE.test(before)) {
      // "from March 3 to June 5" is read as one range: its end is the new date.
      if (/\bfrom\s+$/i.test(before) && m.end !== null && m.index > index) {
        oldDates.push({ ...m, end: null });
        newDate ??= { ...m, start: m.end, end: null };
      } else oldDates.push(m);
    } else if (
      change === 'postponed' &&
      newDate === null &&
      m.index > index &&
      NEW_DATE_BEFORE.test(before) &&
      !OCCURS_BETWEEN.test(sentence.slice(index, m.index))
    ) {
      newDate = m;
    }
  }
  if (change === 'postponed' && newDate === null) newDate = yearOnly(sentence, index);
  return { newDate, oldDates };
}

/** "to 2027", "until next year" after the wording: a new date of year precision. */
function yearOnly(sentence: string, index: number): DateMention | null {
  const rest = sentence.slice(index);
  const year = NEW_YEAR.exec(rest);
  const next = NEXT_YEAR.exec(rest);
  if (year === null && next === null) return null;
  const text = year?.[0] ?? next?.[0] ?? '';
  return {
    text,
    index: index + (year?.index ?? next?.index ?? 0),
    start: { year: year === null ? null : Number(year[1]), month: null, day: null },
    end: null,
    weekday: null,
    weekdayModifier: null,
    dayOffset: null,
    yearRelative: year === null ? 1 : null,
    invalid: false,
  };
}
