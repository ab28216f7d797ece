// "Buyers are heading to Berlin this week … the show runs from Friday to Tuesday": a week the
// text names beside a weekday says which Friday, whatever the tense suggests.
import type { AnalysedSentence } from './analyse-sentence.ts';

const WEEK = /\b(this|next|last|past|coming)\s+week(?:['’]s)?\b/gi;

const OFFSET: Record<string, number> = { this: 0, next: 1, coming: 1, last: -1, past: -1 };

function offsetIn(text: string): number | null {
  let found: number | null = null;
  for (const m of text.matchAll(WEEK)) {
    const offset = OFFSET[(m[1] ?? '').toLowerCase()];
    if (offset === undefined || (found !== null && found !== offset)) return null;
    found = offset;
  }
  return found;
}

/**
 * The week offset from the writing date (0 this week, 1 next, -1 last) named in the sentence at
 * `position`, else in the sentence before it in the same paragraph; null when none or two differ.
 */
export function weekOffsetNear(
  sentences: readonly AnalysedSentence[],
  paragraphs: readonly number[] | undefined,
  position: number,
): number | null {
  const own = offsetIn(sentences[position]?.text ?? '');
  if (own !== null) return own;
  const paragraph = paragraphs?.[position];
  if (paragraph === undefined || paragraph < 0 || paragraphs?.[position - 1] !== paragraph)
    return null;
  return offsetIn(sentences[position - 1]?.text ?? '');
}
