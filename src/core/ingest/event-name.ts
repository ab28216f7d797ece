// Event names reduced to what identifies an event: "The 2nd World Internet Conference 2020" and
// "World Internet Conference" share their identity; years and ordinals only tell editions apart.

const STOPWORDS = new Set(['the', 'of', 'and', 'a', 'an', 'on', 'for', 'in', 'at', 'to', 'its']);
const ORDINALS = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'annual',
  'inaugural',
  'edition',
  'season',
]);
/** Words many event names share: they count, but much less than the words that set a name apart. */
const GENERIC = new Set([
  'conference',
  'forum',
  'summit',
  'expo',
  'exhibition',
  'fair',
  'show',
  'congress',
  'convention',
  'meeting',
  'session',
  'symposium',
  'workshop',
  'event',
  'festival',
  'week',
  'day',
  'days',
  'international',
  'world',
  'global',
  'china',
  'chinese',
  'national',
  'industry',
  'industrial',
  'technology',
  'technologies',
  'tech',
  'series',
  'ceremony',
  'opening',
  'launch',
  'carnival',
  'competition',
  'contest',
  'activity',
  'activities',
  'special',
  'sub',
  'main',
  'high',
  'level',
  'development',
  'innovation',
  'digital',
]);
export const GENERIC_WEIGHT = 0.3;

/** Lower-case word tokens without stopwords, years and ordinals; CJK runs as character pairs. */
export function nameTokens(name: string): string[] {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u);
  const tokens: string[] = [];
  for (const word of words) {
    if (word === '' || STOPWORDS.has(word) || ORDINALS.has(word)) continue;
    if (/^(1[89]|20)\d{2}$/.test(word) || /^\d+(st|nd|rd|th)?$/.test(word)) continue;
    if (!/\p{Script=Han}/u.test(word)) {
      tokens.push(word);
      continue;
    }
    const han = word.replace(/第[\d一二三四五六七八九十百]+[届次]|(?:19|20)\d{2}年?/gu, '');
    if (han.length === 1) tokens.push(han);
    for (let i = 0; i + 1 < han.length; i++) tokens.push(han.slice(i, i + 2));
  }
  return tokens;
}

export function tokenWeight(token: string): number {
  return GENERIC.has(token) ? GENERIC_WEIGHT : 1;
}

/** Weighted Dice coefficient of two token sets, 0..1. */
export function nameSimilarity(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  let total = 0;
  let shared = 0;
  for (const token of setA) {
    const weight = tokenWeight(token);
    total += weight;
    if (setB.has(token)) shared += weight;
  }
  for (const token of setB) total += tokenWeight(token);
  return total === 0 ? 0 : (2 * shared) / total;
}
