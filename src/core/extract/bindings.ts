// Which event does each date, place and duration of a sentence belong to? A sentence binds its
// dates and places to the nearest event reference when it says the event takes place ("was
// held", "kicked off") or when they sit right beside the reference ("an expo on Sunday in Wuzhen").
import type { AnalysedSentence } from './analyse-sentence.ts';
import { OCCURRENCE } from './analyse-sentence.ts';
import type { DateMention } from './date-mentions.ts';
import type { Entity } from './entities.ts';
import { refsBySentence, type Ref, type SentenceRef } from './references.ts';
import type { PlaceMention } from './place-mentions.ts';

export type DateRole = 'start' | 'end' | 'span';

export interface DateBinding {
  entity: number;
  sentence: number;
  mention: DateMention;
  role: DateRole;
  score: number;
}

export interface PlaceBinding {
  entity: number;
  sentence: number;
  place: PlaceMention;
  score: number;
}

export interface DurationBinding {
  entity: number;
  sentence: number;
  days: number;
  text: string;
}

export interface RelationBinding {
  /** The event whose date is given relative to another ("the opening of the conference"). */
  entity: number;
  sentence: number;
  ref: Ref;
  /** The date it is measured from, bound to another event in the same sentence. */
  anchor: DateBinding;
}

export interface Bindings {
  dates: DateBinding[];
  places: PlaceBinding[];
  durations: DurationBinding[];
  relations: RelationBinding[];
  /** Sentence positions that mention each entity. */
  sentencesOf: Map<number, Set<number>>;
  /** Sentence positions that mention no event at all. */
  unattributed: Set<number>;
}

const GAP_WORDS = new Set(
  (
    'on in at from to the of morning afternoon evening night held which was is will be being scheduled slated set ' +
    'for opening opened running between and a an town city county district province capital its this year last next ' +
    'taking place took kicked off kicks that being hosted staged convened due ' +
    // "Next up is X in Y on Z", "X comes to Madrid on October 15": roundup prose.
    'is are comes come came heads moves returns arrives up then back'
  ).split(' '),
);

/** Only prepositions, dates and names between reference and phrase: "expo on Sunday in Wuzhen". */
function adjacent(text: string, from: number, to: number): boolean {
  if (to < from || to - from > 90) return false;
  const gap = text.slice(from, to);
  if (/[;:.!?]/.test(gap.replace(/\b[A-Z][a-z]{2}\./g, ''))) return false;
  for (const word of gap.match(/(?<!\p{L})\p{Ll}[\p{L}'’-]*/gu) ?? [])
    if (!GAP_WORDS.has(word)) return false;
  return true;
}

const START_VERB =
  /\b(?:opened|opens|open|opening|inaugurated|kicked off|kicks off|kick off|kicking off|began|begins|begin|started|starts|start|got underway|debuted|launched)\b/i;
const END_VERB =
  /\b(?:closed|closes|close|closing|concluded|concludes|conclude|ended|ends|end|wrapped up|came to a close|drew to a close)\b/i;
const PLACE_SLOT =
  /\b(?:held|hosted|staged|opened|opens|open|kicked off|kicks off|began|begins|started|starts|took place|takes place|taking place|convened|underway|gathered|located|venue|venues)\s+(?:(?:on|in)\s+[^,;]{0,30}?\s+)?(?:in|at)\s+(?:the\s+)?$/i;

/** A sentence about another edition ("Last year's forum drew 2,000 people") says nothing of this one. */
const OTHER_EDITION =
  /\b(?:last|next|previous|past) year['’]s\b|\b(?:previous|last|next|past) (?:edition|session)s?\b/i;

const UNTIL = /\b(?:until|till|through|to)\s+$/i;

const ROLE_VERBS: readonly (readonly [RegExp, DateRole])[] = [
  [new RegExp(START_VERB.source, 'gi'), 'start'],
  [new RegExp(END_VERB.source, 'gi'), 'end'],
  [new RegExp(OCCURRENCE.source, 'gi'), 'span'],
];

/** Opening, closing or whole-event date, from the last event verb before it ("opened on", "closed on"). */
function dateRole(text: string, at: number): DateRole {
  const before = text.slice(Math.max(0, at - 60), at);
  if (UNTIL.test(before)) return 'end';
  let last: { index: number; role: DateRole } | null = null;
  for (const [pattern, role] of ROLE_VERBS) {
    for (const m of before.matchAll(pattern)) {
      if (last === null || m.index > last.index || (m.index === last.index && role !== 'span'))
        last = { index: m.index, role };
    }
  }
  if (last !== null) return last.role;
  const after = text.slice(at, at + 60);
  if (START_VERB.test(after)) return 'start';
  if (END_VERB.test(after)) return 'end';
  return 'span';
}

function verbNear(text: string, at: number): boolean {
  return OCCURRENCE.test(text.slice(Math.max(0, at - 45), at));
}

const OCCURRENCE_ALL = new RegExp(OCCURRENCE.source, 'gi');

/** The reference that is the subject of the last "was held"/"opened" before `at`, if any. */
function subjectRef(refs: SentenceRef[], text: string, at: number): SentenceRef | null {
  let verb = -1;
  for (const m of text.slice(0, at).matchAll(OCCURRENCE_ALL)) verb = m.index;
  if (verb < 0) return null;
  let best: SentenceRef | null = null;
  for (const r of refs)
    if (r.ref.end <= verb && (best === null || r.ref.end > best.ref.end)) best = r;
  return best;
}

/** "organizers said on Sunday": the date of the report, not of the event. */
const REPORTED_ON =
  /\b(?:said|says|announced|announces|told|stated|reported|revealed|disclosed|confirmed|added|noted)\s+(?:[\w-]+\s+){0,4}?(?:on\s+|last\s+|this\s+)?$/i;

function chooseRef(
  refs: SentenceRef[],
  text: string,
  start: number,
  end: number,
): SentenceRef | null {
  return subjectRef(refs, text, start) ?? nearestRef(refs, start, end);
}

function nearestRef(
  refs: { ref: Ref; entity: number }[],
  start: number,
  end: number,
): { ref: Ref; entity: number } | null {
  let best: { ref: Ref; entity: number } | null = null;
  let bestDistance = Infinity;
  for (const r of refs) {
    const distance = start >= r.ref.end ? start - r.ref.end : r.ref.index - end + 10;
    if (distance < bestDistance) {
      best = r;
      bestDistance = distance;
    }
  }
  return best;
}

function isAdjacent(s: AnalysedSentence, ref: Ref, start: number, end: number): boolean {
  return start >= ref.end ? adjacent(s.text, ref.end, start) : adjacent(s.text, end, ref.index);
}

export function bindSentences(sentences: AnalysedSentence[], entities: Entity[]): Bindings {
  const out: Bindings = {
    dates: [],
    places: [],
    durations: [],
    relations: [],
    sentencesOf: new Map(),
    unattributed: new Set(),
  };
  const index = refsBySentence(entities);
  sentences.forEach((s, pos) => {
    const refs = index.get(pos) ?? [];
    for (const r of refs)
      out.sentencesOf.set(r.entity, (out.sentencesOf.get(r.entity) ?? new Set()).add(pos));
    if (refs.length === 0) {
      if (!OTHER_EDITION.test(s.text)) out.unattributed.add(pos);
      return;
    }
    const open = refs.filter((r) => !r.ref.blocked);
    const sentenceDates: DateBinding[] = [];
    for (const mention of s.dates) {
      const end = mention.index + mention.text.length;
      if (REPORTED_ON.test(s.text.slice(Math.max(0, mention.index - 60), mention.index))) continue;
      const near = chooseRef(open, s.text, mention.index, end);
      if (near === null) continue;
      const beside = isAdjacent(s, near.ref, mention.index, end);
      if (!s.occurs && !beside) continue;
      const score =
        1 + (beside ? 2 : 0) + (verbNear(s.text, mention.index) ? 2 : 0) + (pos <= 3 ? 1 : 0);
      sentenceDates.push({
        entity: near.entity,
        sentence: pos,
        mention,
        role: dateRole(s.text, mention.index),
        score,
      });
    }
    out.dates.push(...sentenceDates);
    for (const r of refs) {
      const anchor = sentenceDates.find((d) => d.entity !== r.entity);
      if (r.ref.relation !== null && anchor !== undefined)
        out.relations.push({ entity: r.entity, sentence: pos, ref: r.ref, anchor });
    }
    for (const place of s.places) {
      const slot = PLACE_SLOT.test(s.text.slice(Math.max(0, place.index - 70), place.index));
      if (place.level === null && !slot) continue;
      if (refs.some((r) => place.index >= r.ref.index && place.index < r.ref.end)) continue;
      const named = refs.find(
        (r) =>
          r.ref.kind === 'name' &&
          /^,?\s+(?:in|at)\s+(?:the\s+)?$/.test(s.text.slice(r.ref.end, place.index)),
      );
      if (named !== undefined && named.ref.blocked) {
        out.places.push({ entity: named.entity, sentence: pos, place, score: 1 });
        continue;
      }
      const near = chooseRef(open, s.text, place.index, place.end);
      if (near === null) continue;
      const beside = isAdjacent(s, near.ref, place.index, place.end);
      if (!s.occurs && !beside && near.ref.listed !== true) continue;
      const score = 1 + (beside ? 2 : 0) + (slot ? 2 : 0) + (pos <= 3 ? 1 : 0);
      out.places.push({ entity: near.entity, sentence: pos, place, score });
    }
    for (const d of s.durations) {
      const generic = refs.find(
        (r) =>
          r.ref.modifiers.includes(d.text.split(/[- ]/)[0] ?? '\u0000') &&
          r.ref.index <= d.index &&
          d.index < r.ref.end,
      );
      const near = generic ?? nearestRef(open, d.index, d.index + d.text.length);
      if (near !== null)
        out.durations.push({ entity: near.entity, sentence: pos, days: d.days, text: d.text });
    }
  });
  return out;
}
