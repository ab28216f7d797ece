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

const EVENT_WORD =
  '(?:event|edition|fair|show|summit|conference|congress|convention|expo|exhibition|forum|festival|week)';
const CANCELLED = new RegExp(
  "\\b(?:(?:has|have|had|was|were|is|are|been|be|being|got|get) (?:now |officially |formally |also )?(?:cancell?ed|called off|scrapped|axed|scrubbed)|cancell?ation of (?:this year's |the (?:(?:19|20)\\d{2} )?)?" +
    EVENT_WORD +
    "\\b|cancels|cancell?ed (?:the|its|this|their)|calls? off (?:the|its|this)|called off (?:the|its|this)|scrapped (?:the|its|this)|will not (?:take place|be held|go ahead|open)|won't (?:take place|be held|go ahead|open)|(?:decided|chose|opted|agreed) not to (?:hold|stage|host|organi[sz]e|run)|not (?:to )?(?:be )?held this year)\\b",
  'gi',
);
/** A move: the wording is followed by "from <old date> to <new date>" or "to <new date>". */
const MOVED =
  /\b(?:postpon(?:ed|es?|ing|ement)|pushed back|rescheduled|re-scheduled|delayed (?:until|till|to|by)|deferred|put off|moved (?:back )?(?:(?:to|until|into) (?:next year|later|(?:19|20)\d{2}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?=\d))|from\b)|(?:has|have|had) (?:been )?moved to (?:a later date|next year))/gi;
/** The new dates told apart from the move: "will now take place on December 6-7". */
const NOW_AT = /\bwill (?:now|instead) (?:take place|be held|run|open|start|begin)\b/gi;
/** "Will not open in April as planned": the event moves, it is not called off. */
const AS_PLANNED = /^[^.;]{0,40}\bas (?:originally )?(?:planned|scheduled|intended|announced)\b/i;
/** Denials and alternatives just before the wording: "not", "no plans to", "rather than". */
const NEGATED =
  /(?:\b(?:not|never|no|neither|nor|rather than|instead of|despite|denied|deny|without|avoid(?:ed)?|rumou?rs? (?:that|of)|calls? to|fears? (?:that|of)|whether|if)\b|n't\b)[^.;,]{0,25}$/i;
/** Another edition: "last year's", "the previous edition", "in 2020", "unlike", "after the … was". */
const OTHER_EDITION =
  /\b(?:last year'?s?|previous|prior|preceding|earlier edition|former|unlike|the (?:19|20)\d{2} (?:edition|event|show|fair|expo|conference)|in (?:19|20)\d{2}|(?:19|20)\d{2} edition|(?:two|three|several) years? ago|pandemic-(?:hit|era)|(?:after|following|follows?|since) (?:the |its |a |being )?(?:cancell?ation|postponement|(?:[\w-]+ ){0,4}(?:was|were|had been) (?:cancell?ed|postponed|called off|scrapped)))\b/i;
/** "Which was cancelled last year": said of an earlier edition. */
const OTHER_EDITION_AFTER =
  /^\s*(?:last year|in (?:19|20)\d{2}|a year ago|(?:two|three|several) years ago|the (?:previous|prior) year|during the pandemic)\b/i;
/** "Several sessions were cancelled", "the product launch was postponed": a part, not the event. */
const PART_OF_EVENT =
  /\b(?:sessions|talks|panels|keynotes?|workshops|side events|ceremony|banquet|dinner|gala|reception|concert|party|parade|tour|visits?|trip|flights?|trains?|visas?|tickets?|appearances?|speech|speeches|launch|launches|release|orders?|contracts?|deals?|plans|matches|games|competitions?|awards?)\b[^,;.]{0,30}$/i;
/** A "will not take place" followed by where it will take place instead is a move, not an end. */
const INSTEAD = /\b(?:but|instead|rather|online|virtually|in a (?:virtual|digital) format)\b/i;
const OLD_DATE_BEFORE =
  /\b(?:originally|initially|previously|earlier|first)\b[^.;]{0,30}$|\b(?:scheduled|planned|set|due|slated) (?:for|to (?:open|begin|start|take place|run|be held)(?: on| in| from)?)\s*$|\bwas to\b[^.;]{0,20}$/i;
/** The wording and a few words after it end in "to", "until", "on"… before the new date. */
const NEW_DATE_BEFORE = /\b(?:to|until|till|into|for|on|in|from|now)\s+(?:the\s+)?$/i;
/** "The postponed show opened on Monday": that date is when it took place, not where it moved. */
const OCCURS_OR_SAID =
  /\b(?:opened|opens|held|took place|takes place|kicked off|began|begins|started|starts|ran|closed|concluded|ended|said|says|announced|told)\b/i;
/** "moved to 2027", "until next year": a year that the date mentions leave out. */
const NEW_YEAR = /^[^,;.]{0,40}?\b(?:to|until|till|into)\s+((?:19|20)\d{2})\b/i;
const NEXT_YEAR = /^[^,;.]{0,40}?\b(?:to|until|till|into)\s+next year\b/i;

interface Wording {
  change: StatusChange;
  index: number;
  end: number;
  /** "Postponed from March 3 to June 5": a range after "from" is the old date and the new. */
  moveVerb: boolean;
}

/** Headlines drop the auxiliary: "Drone expo cancelled over storm". */
const HEADLINE_CANCELLED =
  /\b(?:cancell?ed|called off|scrapped|axed)\b(?!\s+(?:(?:19|20)\d{2}\s+)?(?:edition|event|show|fair|expo|conference|summit|forum|festival|congress|year)s?\b)/gi;

/** `headline`: the sentence is the article's headline, which may leave out the auxiliary. */
export function findStatusMentions(sentence: string, headline = false): StatusMention[] {
  const out: StatusMention[] = [];
  const cancelled = [
    ...sentence.matchAll(CANCELLED),
    ...(headline ? sentence.matchAll(HEADLINE_CANCELLED) : []),
  ].find((m) => aboutThisEvent(sentence, m));
  const asPlanned =
    cancelled !== undefined &&
    AS_PLANNED.test(sentence.slice(cancelled.index + cancelled[0].length));
  const moved = [...sentence.matchAll(MOVED)].find((m) => aboutThisEvent(sentence, m));
  const nowAt = [...sentence.matchAll(NOW_AT)].find((m) => aboutThisEvent(sentence, m));
  if (cancelled !== undefined && !asPlanned) {
    out.push(mention(sentence, wording('cancelled', cancelled, false)));
  }
  const move = moved ?? nowAt ?? (asPlanned ? cancelled : undefined);
  if (move !== undefined) {
    out.push(mention(sentence, wording('postponed', move, move === moved)));
  }
  return out;
}

function wording(change: StatusChange, m: RegExpExecArray, moveVerb: boolean): Wording {
  return { change, index: m.index, end: m.index + m[0].length, moveVerb };
}

function aboutThisEvent(sentence: string, m: RegExpExecArray): boolean {
  const clause = clauseBefore(sentence, m.index);
  const after = sentence.slice(m.index + m[0].length);
  if (NEGATED.test(clause) || OTHER_EDITION.test(clause) || OTHER_EDITION_AFTER.test(after)) {
    return false;
  }
  if (PART_OF_EVENT.test(clause.slice(-60))) {
    return false;
  }
  return !(/\bnot\b|n't/i.test(m[0]) && !AS_PLANNED.test(after) && INSTEAD.test(after));
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

function mention(sentence: string, w: Wording): StatusMention {
  const oldDates: DateMention[] = [];
  let newDate: DateMention | null = null;
  for (const m of findDateMentions(sentence)) {
    const before = sentence.slice(0, m.index);
    const gap = sentence.slice(w.end, m.index);
    const fromAfterMove = w.moveVerb && /^\s*from\s+$/i.test(gap);
    if (fromAfterMove && m.end !== null) {
      // "Postponed from March 3 to June 5" is read as one range: its end is the new date.
      oldDates.push({ ...m, end: null });
      newDate ??= { ...m, start: m.end, end: null };
    } else if (fromAfterMove || OLD_DATE_BEFORE.test(before)) {
      oldDates.push(m);
    } else if (
      w.change === 'postponed' &&
      newDate === null &&
      m.index >= w.end &&
      gap.length <= 40 &&
      !/[,;.]/.test(gap) &&
      NEW_DATE_BEFORE.test(sentence.slice(w.index, m.index)) &&
      !OCCURS_OR_SAID.test(gap)
    ) {
      newDate = m;
    }
  }
  if (w.change === 'postponed' && newDate === null) newDate = yearOnly(sentence, w.index);
  return { change: w.change, index: w.index, newDate, oldDates };
}

/** "moved to 2027", "until next year" in the wording or just after it: a new date of year precision. */
function yearOnly(sentence: string, from: number): DateMention | null {
  const rest = sentence.slice(from);
  const year = NEW_YEAR.exec(rest);
  const next = year === null ? NEXT_YEAR.exec(rest) : null;
  const found = year ?? next;
  if (found === null) return null;
  return {
    text: found[0].trim(),
    index: from + found.index,
    start: { year: year === null ? null : Number(year[1]), month: null, day: null },
    end: null,
    weekday: null,
    weekdayModifier: null,
    dayOffset: null,
    yearRelative: year === null ? 1 : null,
    invalid: false,
  };
}
