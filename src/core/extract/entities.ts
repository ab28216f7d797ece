// Groups the event references of an article into entities: the forms of one name ("World
// Metaverse Conference", "second World Metaverse Conference"), its acronym, the generic
// references that point back to it ("the conference", "the three-day event"), and, for events
// reported without a proper name, the subject of "… was held" ("the first session of …").
import { OCCURRENCE, type AnalysedSentence } from './analyse-sentence.ts';
import { coreOf, type NameMention } from './event-names.ts';
import { byPosition, makeRef, refsBySentence, subjects, type Ref } from './references.ts';
import { findRoundup, sections } from './roundup.ts';

export interface Entity {
  id: number;
  core: string;
  noun: string;
  /** Every written form of the name, in order of appearance. */
  forms: string[];
  year: number | null;
  organisation: boolean;
  /** Named only by the subject phrase of a sentence, not by a proper name. */
  unnamed: boolean;
  /** One item of a roundup: reported in its own right, whatever the headline's subject. */
  listed?: boolean;
  /** Doubts about the entity itself, repeated on its event ("named after the headline"). */
  warnings?: string[];
  refs: Ref[];
}

function splitByYear(
  group: { pos: number; m: NameMention }[],
): { pos: number; m: NameMention }[][] {
  const years = [...new Set(group.map((g) => g.m.year).filter((y) => y !== null))];
  if (years.length <= 1) return [group];
  const counts = years.map((y) => group.filter((g) => g.m.year === y).length);
  const major = years[counts.indexOf(Math.max(...counts))];
  return years.map((y) =>
    group.filter((g) => g.m.year === y || (y === major && g.m.year === null)),
  );
}

function lastRefBefore(e: Entity, pos: number, index: number): number {
  let best = -1;
  for (const r of e.refs) {
    const at = r.sentence * 100_000 + r.index;
    if ((r.sentence < pos || (r.sentence === pos && r.index < index)) && at > best) best = at;
  }
  return best;
}

export function salience(e: Entity): number {
  if (e.organisation) return -1;
  const inTitle = e.refs.some((r) => r.sentence === 0 && r.kind === 'name');
  return e.refs.length + (inTitle ? 3 : 0);
}

const QUALIFIER_WORDS =
  /^(?:\w+-day|\w+-long|annual|grand|first|second|third|latest|main|big|major|this|year['’]s)$/;

/** With `strict`, every descriptive word must be in the name: "an AI film festival" is not the "Beijing International Film Festival". */
function resolveGeneric(
  entities: Entity[],
  noun: string,
  modifiers: string,
  pos: number,
  index: number,
  strict = false,
): Entity | null {
  let pool = entities.filter(
    (e) => !e.organisation && (e.noun === noun || e.core.split(' ').includes(noun)),
  );
  const words = modifiers.split(/\s+/).filter((w) => w !== '' && !QUALIFIER_WORDS.test(w));
  const narrowed = pool.filter((e) => {
    const coreWords = e.core.split(' ');
    return words.every((w) => coreWords.includes(w.toLowerCase()));
  });
  if (narrowed.length > 0 || strict) pool = narrowed;
  let best: Entity | null = null;
  for (const e of pool) {
    if (best === null || lastRefBefore(e, pos, index) > lastRefBefore(best, pos, index)) best = e;
  }
  return best;
}

export interface EntityGraph {
  entities: Entity[];
  /** "the event", "the gathering" and other references no name claims: they go to the main event. */
  unresolved: Ref[];
}

/** `sentences[0]` is the headline (it may be empty text). */
export function buildEntities(sentences: AnalysedSentence[]): EntityGraph {
  const aliases = new Map<string, string>();
  for (const s of sentences)
    for (const m of s.names) if (m.alias !== null) aliases.set(m.alias.toLowerCase(), m.core);
  const groups = new Map<string, { pos: number; m: NameMention }[]>();
  sentences.forEach((s, pos) => {
    for (const m of s.names) {
      const key = aliases.get(m.core) ?? m.core;
      groups.set(key, [...(groups.get(key) ?? []), { pos, m }]);
    }
  });
  const entities: Entity[] = [];
  for (const [key, group] of groups) {
    for (const part of splitByYear(group)) {
      const first = part[0];
      if (first === undefined) continue;
      entities.push({
        id: entities.length,
        core: key,
        noun: part.find((g) => g.m.noun !== 'event')?.m.noun ?? first.m.noun,
        forms: part.map((g) => g.m.name),
        year: part.find((g) => g.m.year !== null)?.m.year ?? null,
        organisation: part.every((g) => g.m.organisation),
        unnamed: false,
        refs: part.map((g) => {
          const ref = makeRef(
            sentences[g.pos] as AnalysedSentence,
            g.pos,
            g.m.index,
            g.m.end,
            'name',
          );
          return g.m.organisation ? { ...ref, blocked: true } : ref;
        }),
      });
    }
  }
  addAliasRefs(sentences, entities, groups);
  addShortFormRefs(sentences, entities);
  addSubjects(sentences, entities);
  addRoundupRefs(sentences, entities);
  let unresolved = addGenerics(sentences, entities);
  const unnamed = fromGenericsOnly(sentences, entities, unresolved);
  if (unnamed !== null) {
    entities.push(unnamed);
    unresolved = [];
  }
  // The one event the article names is the one "the event" speaks of, dated or not yet.
  // Even when its name only appears as "the organisers of X": "the event" is still X.
  const candidates = entities.filter((e) => !e.organisation);
  const [only] = candidates;
  if (candidates.length === 1 && only !== undefined && unresolved.length > 0) {
    only.refs.push(...unresolved);
    unresolved = [];
  }
  for (const e of entities) e.refs.sort(byPosition);
  return { entities, unresolved };
}

function addAliasRefs(
  sentences: AnalysedSentence[],
  entities: Entity[],
  groups: Map<string, { pos: number; m: NameMention }[]>,
): void {
  for (const e of entities) {
    const alias = groups.get(e.core)?.find((g) => g.m.alias !== null)?.m.alias;
    if (alias == null) continue;
    sentences.forEach((s, pos) => {
      for (const t of s.tokens) {
        if (t.text !== alias || s.names.some((n) => t.index >= n.index && t.index < n.end + 8))
          continue;
        e.refs.push(makeRef(s, pos, t.index, t.index + t.text.length, 'name'));
      }
    });
  }
}

/** "GITEX Global" after "GITEX Global 2023": the name without its year still names the event. */
function addShortFormRefs(sentences: AnalysedSentence[], entities: Entity[]): void {
  for (const e of entities) {
    if (e.year === null || e.organisation || e.unnamed) continue;
    const short = new Set(
      e.forms
        .map((f) => f.replace(/(?:^|\s)(?:19|20)\d{2}(?=\s|$)/, '').trim())
        .filter((f) => /^\p{Lu}/u.test(f) && f.split(/\s+/).length >= 2),
    );
    sentences.forEach((s, pos) => {
      for (const form of short) {
        for (let at = s.text.indexOf(form); at >= 0; at = s.text.indexOf(form, at + 1)) {
          const end = at + form.length;
          const word = /[\p{L}\d]/u;
          if (word.test(s.text[at - 1] ?? '') || word.test(s.text[end] ?? '')) continue;
          if (s.names.some((n) => at < n.end && n.index < end)) continue;
          e.refs.push(makeRef(s, pos, at, end, 'name'));
        }
      }
    });
  }
}

const CONTENT_MODIFIER =
  /^(?!\w+-(?:day|long|week)$)(?!(?:annual|grand|first|second|third|latest|main|big|major|this|year['’]s|same|whole|entire)$)[a-z][a-z-]{2,}$/;

/**
 * "The show opens in Munich on Tuesday" and no name anywhere: the event is still reported,
 * named by its most descriptive generic phrase ("robotics show") or else by the headline.
 */
function fromGenericsOnly(
  sentences: AnalysedSentence[],
  entities: Entity[],
  unresolved: Ref[],
): Entity | null {
  if (entities.some((e) => !e.organisation) || unresolved.length === 0) return null;
  if (!unresolved.some((r) => sentences[r.sentence]?.occurs === true && r.sentence > 0))
    return null;
  let best: { phrase: string; size: number } | null = null;
  for (const r of unresolved) {
    const s = sentences[r.sentence];
    const words = r.modifiers.split(/\s+/).filter((w) => CONTENT_MODIFIER.test(w));
    const noun = s?.text.slice(r.index, r.end).split(/\s+/).pop() ?? '';
    if (words.length > (best?.size ?? 0))
      best = { phrase: [...words, noun].join(' '), size: words.length };
  }
  const headline = sentences[0]?.text.trim() ?? '';
  const name = best?.phrase ?? headline;
  if (name === '') return null;
  const why =
    best === null
      ? 'the text gives the event no name: named after the headline'
      : `the text gives the event no name: named after "${best.phrase}"`;
  return {
    id: entities.length,
    core: coreOf(name),
    noun: 'event',
    forms: [name],
    year: null,
    organisation: false,
    unnamed: true,
    refs: [...unresolved],
    warnings: [why],
  };
}

/** Under a roundup heading, sentences that name no event speak of the heading's event. */
function addRoundupRefs(sentences: AnalysedSentence[], entities: Entity[]): void {
  const named = refsBySentence(entities);
  for (const { heading, from, to } of sections(findRoundup(sentences), sentences.length)) {
    const e = entities.find((x) =>
      x.refs.some((r) => r.sentence === heading.pos && r.index === heading.name.index),
    );
    if (e === undefined) continue;
    e.listed = true;
    for (let pos = from; pos < to; pos += 1) {
      const s = sentences[pos];
      if (s === undefined || named.has(pos)) continue;
      e.refs.push({ ...makeRef(s, pos, 0, 0, 'generic'), listed: true });
    }
  }
}

function addSubjects(sentences: AnalysedSentence[], entities: Entity[]): void {
  sentences.forEach((s, pos) => {
    for (const subject of subjects(s)) {
      const end = subject.index + subject.phrase.length;
      const head = subject.phrase.split(/\s+/);
      const modifiers = head.slice(0, head.indexOf(subject.noun)).join(' ');
      const named = resolveGeneric(entities, subject.noun, modifiers, pos, subject.index, true);
      if (named !== null && !named.unnamed) {
        named.refs.push(makeRef(s, pos, subject.index, end, 'generic', subject.phrase));
        continue;
      }
      const core = coreOf(subject.phrase);
      const existing = entities.find((e) => e.unnamed && e.core === core);
      const ref = makeRef(s, pos, subject.index, end, 'subject');
      if (existing !== undefined) existing.refs.push(ref);
      else {
        entities.push({
          id: entities.length,
          core,
          noun: subject.noun,
          forms: [subject.phrase],
          year: null,
          organisation: false,
          unnamed: true,
          refs: [ref],
        });
      }
    }
  });
}

function addGenerics(sentences: AnalysedSentence[], entities: Entity[]): Ref[] {
  const deferred: Ref[] = [];
  const named = refsBySentence(entities);
  sentences.forEach((s, pos) => {
    const here = named.get(pos) ?? [];
    for (const g of s.generics) {
      if (g.otherEdition) continue;
      const covered = here.some(({ ref: r }) => g.index < r.end && r.index < g.end);
      if (covered) continue;
      const ref = makeRef(s, pos, g.index, g.end, 'generic', g.modifiers);
      const target = ['event', 'gathering', 'meeting'].includes(g.noun)
        ? null
        : resolveGeneric(entities, g.noun, g.modifiers, pos, g.index);
      if (target === null) deferred.push(ref);
      else target.refs.push(ref);
    }
  });
  return deferred;
}

/**
 * "It will be held both online and offline": a sentence opening with "It" and saying that
 * something takes place continues the one event the previous sentence was about.
 */
export function addPronounRefs(sentences: AnalysedSentence[], entities: Entity[]): void {
  const index = refsBySentence(entities);
  sentences.forEach((s, pos) => {
    if (pos < 2 || s.tokens[0]?.text !== 'It' || !OCCURRENCE.test(s.text)) return;
    if (index.has(pos)) return;
    const before = new Set(
      (index.get(pos - 1) ?? []).filter((r) => !r.ref.blocked).map((r) => r.entity),
    );
    const only = entities[[...before][0] ?? -1];
    if (before.size !== 1 || only === undefined) return;
    only.refs.push(makeRef(s, pos, 0, 2, 'generic'));
    only.refs.sort(byPosition);
  });
}
