// Generic references to an event: "the two-day conference", "The event", "an expo", and
// "last year's forum", which points at another edition.
import { DETERMINERS, type NameMention } from './event-names.ts';
import type { Token } from './tokens.ts';

export interface GenericMention {
  noun: string;
  index: number;
  end: number;
  /** Lowercase words between the article and the noun ("two-day internet"). */
  modifiers: string;
  /** "next year's conference", "last year's expo": another edition, not this one. */
  otherEdition: boolean;
}

const GENERIC_NOUNS = new Set(
  (
    'conference forum expo exposition summit congress fair festival carnival exhibition session symposium ' +
    'workshop hackathon meeting convention event gathering competition contest challenge seminar salon ' +
    'roadshow webinar gala show edition'
  ).split(' '),
);

const OTHER_EDITION = /^(?:next|last|previous|past|future)$/;
/** "the previous edition", "the next edition": another edition of the event. */
const OTHER_EDITION_WORD = /\b(?:next|last|previous|past|prior|future|upcoming)\b/i;

export function findGenericMentions(tokens: Token[], names: NameMention[]): GenericMention[] {
  const out: GenericMention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t?.kind !== 'lower' || !GENERIC_NOUNS.has(t.text)) continue;
    if (names.some((n) => t.index >= n.index && t.index < n.end)) continue;
    let det = -1;
    for (let j = i - 1; j >= Math.max(0, i - 4); j -= 1) {
      const u = tokens[j];
      if (u === undefined) break;
      if (DETERMINERS.has(u.text.toLowerCase())) {
        det = j;
        break;
      }
      if (u.kind === 'quote' || u.kind === 'punct') break;
    }
    if (det < 0) continue;
    const detTok = tokens[det];
    const beforeDet = tokens[det - 1];
    const modifiers = tokens
      .slice(det + 1, i)
      .map((u) => u.text)
      .join(' ');
    out.push({
      noun: t.text,
      index: detTok?.index ?? t.index,
      end: t.index + t.text.length,
      modifiers,
      otherEdition:
        (/year['’]s$/.test(detTok?.text ?? '') &&
          OTHER_EDITION.test(beforeDet?.text.toLowerCase() ?? '')) ||
        (t.text === 'edition' && OTHER_EDITION_WORD.test(modifiers)),
    });
  }
  return out;
}
