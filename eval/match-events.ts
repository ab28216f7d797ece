// Pairs the events the ingest found in one article with the events of its truth.
import { haversineKm } from '../src/core/ingest/distance.ts';
import type { TruthEvent } from './truth.ts';

export interface Found {
  name: string;
  start: string | null;
  end: string | null;
  status: string;
  coordinates: [number, number] | null;
}

const STOP = new Set([
  'the',
  'of',
  'and',
  'for',
  'on',
  'in',
  'a',
  'an',
  'at',
  'de',
  'la',
  'le',
  'du',
  'des',
  'th',
  'st',
  'nd',
  'rd',
]);

function words(name: string): Set<string> {
  return new Set(
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(
        (w) =>
          w !== '' &&
          !STOP.has(w) &&
          !/^(?:19|20)\d\d$/.test(w) &&
          !/^\d+(?:st|nd|rd|th)?$/.test(w),
      ),
  );
}

/** Share of the shorter name's words the other name has too. */
export function nameSimilarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size);
}

function similarity(found: Found, truth: TruthEvent): number {
  const name = Math.max(
    ...[truth.name, ...truth.aliases].map((n) => nameSimilarity(found.name, n)),
  );
  const sameStart = found.start !== null && found.start === truth.start;
  const near =
    found.coordinates !== null &&
    truth.lat !== null &&
    truth.lon !== null &&
    haversineKm(found.coordinates, [truth.lon, truth.lat]) <= 25;
  // A name sharing a third of its words, or the same start with some of the name or the place.
  if (name < 1 / 3 && !(sameStart && (name > 0 || near))) return 0;
  return name + (sameStart ? 0.5 : 0) + (near ? 0.25 : 0);
}

/** Greedy one-to-one pairing, best pairs first: truth index → found index. */
export function matchEvents(
  found: readonly Found[],
  truth: readonly TruthEvent[],
): Map<number, number> {
  const pairs: [number, number, number][] = [];
  truth.forEach((t, i) => {
    found.forEach((f, j) => {
      const s = similarity(f, t);
      if (s > 0) pairs.push([s, i, j]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const match = new Map<number, number>();
  const used = new Set<number>();
  for (const [, i, j] of pairs) {
    if (match.has(i) || used.has(j)) continue;
    match.set(i, j);
    used.add(j);
  }
  return match;
}
