// References to events inside sentences, and what the words around them say: "a day before
// the opening of X" dates X from another event, "the organizing committee of X" is not X taking
// place, and "the first session of … was held" names an event that has no proper name.
import type { AnalysedSentence } from './analyse-sentence.ts';
import { EVENT_NOUNS } from './event-names.ts';

export interface Relation {
  /** Which end of the referenced event the anchor date is measured from. */
  edge: 'start' | 'end';
  /** referenced edge = anchor date + offset days. */
  offset: number;
}

export interface Ref {
  /** Position of the sentence in the analysed list. */
  sentence: number;
  index: number;
  end: number;
  kind: 'name' | 'generic' | 'subject';
  /** "two-day" in "the two-day conference". */
  modifiers: string;
  /** Not where or when this event happens: "the organizing committee of X", "before the opening of X". */
  blocked: boolean;
  relation: Relation | null;
  /** Stands for a roundup heading's event in the paragraph under it: its places are the event's. */
  listed?: boolean;
}

const COUNT_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
};

const COUNTED_RELATION =
  /\b(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+(before|after|ahead of|prior to)\s+(?:the\s+)?(opening|start|launch|beginning|close|closing|end|conclusion)\s+of\s+(?:the\s+)?$/i;
const EVE = /\bon the eve of\s+(?:the\s+)?(?:(?:opening|start|launch)\s+of\s+(?:the\s+)?)?$/i;
const BLOCKING =
  /(?:\b(?:ahead of|before|after|following|prior to|since|on the sidelines of|sidelines of|in the run-up to|in the lead-up to|preparations? for)\s+(?:the\s+)?(?:(?:opening|start|launch|close|closing|end)\s+of\s+(?:the\s+)?)?|\b(?:committee|organi[sz]ers?|organi[sz]ing committee|secretariat|sponsors?|founders?|website|theme|chairman|chairwoman|president|spokes(?:person|man|woman)|hosts?|venue|site|secretary-general|office|spillover effect|effect|success|results?|achievements?|outcomes?|legacy|preparatory work|attendees|participants|guests)\s+(?:of|for|from|at)\s+(?:the\s+)?|\b(?:last|next|previous|past) year['’]s\s+)(?:\d{4}\s+)?$/i;

function relationBefore(before: string): { blocked: boolean; relation: Relation | null } {
  const counted = COUNTED_RELATION.exec(before);
  if (counted !== null) {
    const n = COUNT_WORDS[(counted[1] ?? '').toLowerCase()] ?? Number(counted[1]);
    const days = /^weeks?$/i.test(counted[2] ?? '') ? n * 7 : n;
    const after = /^after$/i.test(counted[3] ?? '');
    const edge = /^(?:close|closing|end|conclusion)$/i.test(counted[4] ?? '') ? 'end' : 'start';
    return { blocked: true, relation: { edge, offset: after ? -days : days } };
  }
  if (EVE.test(before)) return { blocked: true, relation: { edge: 'start', offset: 1 } };
  return { blocked: BLOCKING.test(before), relation: null };
}

/** "the World Economic Forum announced": an event name acting as its organiser. */
const REPORTING_AFTER =
  /^\s*(?:has\s+|had\s+)?(?:said|says|announced|announces|told|stated|reported|revealed|disclosed|noted|added)\b/;

export function makeRef(
  s: AnalysedSentence,
  pos: number,
  index: number,
  end: number,
  kind: Ref['kind'],
  modifiers = '',
): Ref {
  const { blocked, relation } = relationBefore(s.text.slice(Math.max(0, index - 80), index));
  const speaking = REPORTING_AFTER.test(s.text.slice(end, end + 30));
  return { sentence: pos, index, end, kind, modifiers, blocked: blocked || speaking, relation };
}

const SUBJECT =
  /(?:^|[,;]\s+|\b(?:when|as|after|where|while)\s+)(?:the|a|an)\s+((?:(?!\b(?:was|were|is|are|will|has|had|and the)\b)[^,;])+?)\s+(?:(?:was|were|is|are|will be|has been|had been)\s+(?:being\s+)?(?:successfully\s+|officially\s+|grandly\s+)?(?:held|staged|convened|hosted|organi[sz]ed|opened|inaugurated|launched|kicked off)|(?:will|is set to|are set to|is scheduled to|is due to|is expected to)\s+(?:officially\s+)?(?:open|kick off|begin|start|take place|run|be held)|(?:officially\s+)?(?:opened|kicked off|began|started|took place|got underway|opens|kicks off|begins|starts|takes place))\b/gi;

const SUBJECT_NOUNS = new Set([
  ...EVENT_NOUNS,
  'event',
  'ceremony',
  'exchange',
  'activity',
  'activities',
  'gathering',
]);

export interface Subject {
  phrase: string;
  noun: string;
  index: number;
}

/** "a webinar hosted by the Hong Kong Blockchain Association": the host is not the event's name. */
const HOSTED_BY =
  /\s+(?:jointly\s+)?(?:(?:co-)?hosted|(?:co-)?organi[sz]ed|sponsored|run|launched|initiated|held)\s+(?:jointly\s+)?by\b.*$/;

/** Kept whole when the host is all that tells the event apart: "webinar hosted by …". */
function withoutHosts(phrase: string, noun: string): string {
  const words = phrase.replace(HOSTED_BY, '').split(/\s+/);
  return words.length >= 2 && words.includes(noun) ? words.join(' ') : phrase;
}

export function subjects(s: AnalysedSentence): Subject[] {
  const out: Subject[] = [];
  for (const m of s.text.matchAll(SUBJECT)) {
    const phrase = (m[1] ?? '').replace(/^(?:\w+-day|annual)\s+/, '');
    const words = phrase.split(/\s+/);
    const index = m.index + m[0].indexOf(m[1] ?? '');
    if (words.length < 3 || words.length > 35) continue;
    if (s.names.some((n) => n.index < index + phrase.length && index < n.end)) continue;
    const noun = words.find((w) => SUBJECT_NOUNS.has(w));
    if (noun !== undefined) out.push({ phrase: withoutHosts(phrase, noun), noun, index });
  }
  return out;
}

export interface SentenceRef {
  ref: Ref;
  entity: number;
}

/** Every reference of every entity, by sentence position. */
export function refsBySentence(
  entities: readonly { id: number; refs: Ref[] }[],
): Map<number, SentenceRef[]> {
  const out = new Map<number, SentenceRef[]>();
  for (const e of entities) {
    for (const ref of e.refs) {
      const list = out.get(ref.sentence);
      if (list === undefined) out.set(ref.sentence, [{ ref, entity: e.id }]);
      else list.push({ ref, entity: e.id });
    }
  }
  return out;
}

export function byPosition(a: Ref, b: Ref): number {
  return a.sentence - b.sentence || a.index - b.index;
}
