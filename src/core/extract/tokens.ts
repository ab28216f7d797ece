// Word tokens with their offsets, and runs of capitalised words ("Anting Town of Jiading
// District", "2020 World Internet Conference"): the raw material of names and places.

export type TokenKind = 'cap' | 'lower' | 'num' | 'quote' | 'punct';

export interface Token {
  text: string;
  index: number;
  kind: TokenKind;
  /** Ends in 's or ’s ("China's"); `text` keeps the possessive. */
  possessive: boolean;
}

// A number starts where its digits start: retrying inside a long run of digits was quadratic.
const TOKEN =
  /\p{L}[\p{L}\p{M}\p{N}'’\-&.+]*|(?<!\p{N})\p{N}[\p{N},.]*(?:st|nd|rd|th|G)?\b|["“”]|[()[\],;:!?–—]/gu;

function kindOf(word: string): TokenKind {
  const c = word.charCodeAt(0);
  if (c === 0x22 || c === 0x201c || c === 0x201d) return 'quote';
  if (c >= 0x30 && c <= 0x39) return 'num';
  if (c >= 0x41 && c <= 0x5a) return 'cap';
  if (c >= 0x61 && c <= 0x7a) return /^[a-z]+[A-Z]/.test(word) ? 'cap' : 'lower';
  if (c < 0x80) return 'punct';
  if (/^\p{N}/u.test(word)) return 'num';
  if (/^\p{Lu}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word)) return 'cap';
  return /^\p{L}/u.test(word) ? 'lower' : 'punct';
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    if (word.length > 1 && word.endsWith('.') && !/^(?:[A-Z]\.)+$/.test(word)) {
      word = word.slice(0, -1);
    }
    const possessive = word.endsWith("'s") || word.endsWith('’s');
    out.push({ text: word, index: m.index, kind: kindOf(word), possessive });
  }
  return out;
}

/** Lowercase words allowed inside a capitalised name ("University of China", "Porte de Versailles"). */
const CONNECTORS = new Set([
  'of',
  'and',
  'for',
  'on',
  'the',
  '&',
  'de',
  'del',
  'des',
  'du',
  'la',
  'le',
  'di',
  'der',
  'für',
  'van',
  'von',
]);

/** Capitalised words that open a sentence or clause without being part of a name. */
export const FUNCTION_WORDS = new Set(
  (
    'The A An This That These Those At On In During For With From By After Before As Its Their Our His Her ' +
    'While When Since And Of To It He She They We I Some Many Most More Over About Around Nearly Among ' +
    'Under Meanwhile Also Besides However Furthermore Additionally Moreover Yesterday Today Tomorrow ' +
    'According Organized Organised Held Hosted Located Speaking Last Next Earlier Later Both Each Every ' +
    'There Here What Which Who Whose How Why Such Other Another Other'
  ).split(' '),
);

const MONTH_OR_DAY =
  /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

export interface Run {
  /** Token positions [from, to) in the token array. */
  from: number;
  to: number;
  text: string;
  index: number;
}

function isNameWord(t: Token): boolean {
  if (t.kind === 'cap') return !MONTH_OR_DAY.test(t.text);
  return t.kind === 'num' && /^(?:\d{4}|\d{1,3}(?:st|nd|rd|th)|\d+G)$/.test(t.text);
}

/**
 * Maximal runs of capitalised words, numbers and inner connectors. A run never starts with a
 * function word ("The", "On") and never ends with a connector.
 */
export function capitalisedRuns(text: string, tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t === undefined || !isNameWord(t) || FUNCTION_WORDS.has(t.text)) {
      i += 1;
      continue;
    }
    let end = i + 1;
    let j = i + 1;
    while (j < tokens.length) {
      const u = tokens[j];
      if (u === undefined) break;
      if (isNameWord(u)) {
        end = j + 1;
        j += 1;
      } else if (u.kind === 'lower' && CONNECTORS.has(u.text) && j > i) {
        j += 1;
      } else break;
    }
    const first = tokens[i];
    const last = tokens[end - 1];
    if (first !== undefined && last !== undefined) {
      runs.push({
        from: i,
        to: end,
        index: first.index,
        text: text.slice(first.index, last.index + last.text.length),
      });
    }
    i = end;
  }
  return runs;
}
