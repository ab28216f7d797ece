import type { PlaceKind } from './gazetteer.ts';

/**
 * The lookup key of a name: no diacritics, no apostrophes ("Jing’an" = "Jingan"), lower case,
 * every other run of characters neither alphanumeric nor Han turned into one space.
 */
export function normalizeName(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’‘`ʼ]/g, '')
      // Dotted initials are one word: "D.C." = "DC", "U.S." = "US".
      .replace(/(?<=(?:^|[\s.])\p{L})\./gu, '')
      .replace(/&/g, ' and ')
      // Han characters stay: Chinese names of places ("萧山区") are keys too.
      .replace(/[^a-z0-9\p{Script=Han}]+/gu, ' ')
      .trim()
  );
}

const ANY_ZONE: readonly PlaceKind[] = ['zone', 'district'];

// Longest first, so "new area" wins over "area" and "autonomous region" over "region".
const TYPE_SUFFIXES: readonly (readonly [string, readonly PlaceKind[]])[] = [
  ['special administrative region', ['country', 'province', 'city']],
  ['economic and technological development zone', ANY_ZONE],
  ['economic technological development zone', ANY_ZONE],
  ['high tech industrial development zone', ANY_ZONE],
  ['hi tech industrial development zone', ANY_ZONE],
  ['pilot free trade zone', ANY_ZONE],
  ['autonomous prefecture', ['city']],
  ['autonomous region', ['province']],
  ['development zone', ANY_ZONE],
  ['free trade zone', ANY_ZONE],
  ['industrial park', ANY_ZONE],
  ['hi tech park', ANY_ZONE],
  ['high tech park', ANY_ZONE],
  ['hi tech zone', ANY_ZONE],
  ['high tech zone', ANY_ZONE],
  ['science park', ANY_ZONE],
  ['new district', ANY_ZONE],
  ['new area', ANY_ZONE],
  ['municipality', ['city', 'province']],
  ['subdistrict', ['town']],
  ['prefecture', ['city']],
  ['province', ['province']],
  ['township', ['town']],
  ['district', ['district']],
  ['village', ['town']],
  ['county', ['district', 'city']],
  ['region', ['province']],
  ['oblast', ['province']],
  ['governorate', ['province']],
  ['voivodeship', ['province']],
  ['canton', ['province']],
  ['department', ['province', 'district']],
  ['state', ['province']],
  ['city', ['city', 'district']],
  ['town', ['town']],
  ['zone', ANY_ZONE],
  ['sar', ['country', 'province', 'city']],
  ['shi', ['city']],
];

export interface TypedName {
  /** The key without its administrative suffix ("jiading district" → "jiading"). */
  base: string;
  /** Kinds of place the suffix names, or null when there was none. */
  hint: readonly PlaceKind[] | null;
}

/** Splits an administrative suffix ("X District", "X New Area", "X Shi") off a normalized key. */
export function splitTypeSuffix(key: string): TypedName {
  for (const [suffix, kinds] of TYPE_SUFFIXES) {
    if (key.length > suffix.length + 1 && key.endsWith(` ${suffix}`)) {
      return { base: key.slice(0, -suffix.length - 1), hint: kinds };
    }
  }
  return { base: key, hint: null };
}

const LEADING = /^(?:the|state of|province of|city of|land|republic of) /;

/** Every key a name can be matched by: itself, without a leading article or "State of", without its suffix. */
export function nameKeys(name: string): string[] {
  const key = normalizeName(name);
  const keys = new Set<string>();
  for (const form of [key, key.replace(LEADING, '')]) {
    if (form === '') continue;
    keys.add(form);
    keys.add(splitTypeSuffix(form).base);
  }
  return [...keys];
}
