import { normalizeName, splitTypeSuffix } from './normalize.ts';

export interface PhraseWord {
  key: string;
  capitalised: boolean;
  /** Glue word that cannot start or end a place name ("of", "the"). */
  stop: boolean;
  /** Word that alone names no place: type suffixes, directions, venue nouns. */
  generic: boolean;
  /** Generic word of administrative geography ("District", "East"), not of a venue ("Center"). */
  admin: boolean;
}

/** A run of words inside one segment of the phrase: a possible place name. */
export interface PhraseSpan {
  key: string;
  segment: number;
  start: number;
  end: number;
}

export interface Phrase {
  /** The phrase cut at commas, brackets and possessives: a place name never crosses those. */
  segments: PhraseWord[][];
  spans: PhraseSpan[];
}

const MAX_SPAN_WORDS = 9;

const STOP = new Set(
  'a an the of in at on and near for to from by with its this that which or'.split(' '),
);
const ADMIN = new Set(
  [
    'district town township county city province municipality prefecture village subdistrict',
    'new area zone region state autonomous special administrative sar shi',
    'development economic technological industrial pilot free trade hi high tech',
    'east west north south central northeast northwest southeast southwest',
    'eastern western northern southern upper lower greater downtown suburb suburbs outskirts',
  ]
    .join(' ')
    .split(' '),
);
const VENUE = new Set(
  [
    'center centre hall halls tower building park plaza square conference convention',
    'exhibition exhibitions expo international world national global university college school',
    'institute hotel museum stadium arena gymnasium theatre theater road street avenue boulevard',
    'lane island lake river mountain bay port harbour harbor airport station garden gardens',
    'palace court house forum summit venue campus office headquarters main auditorium room',
    'classroom floor technology science innovation base online virtual metropolitan old',
  ]
    .join(' ')
    .split(' '),
);

// Capitalised words that alone are far likelier common words than the small towns they also name.
const COMMON = new Set(
  [
    'union alliance industry media liberty unity hope progress freedom paradise eden victory',
    'young grand future smart digital party opening ceremony may march april june july august',
    'monday tuesday wednesday thursday friday saturday sunday',
  ]
    .join(' ')
    .split(' '),
);

// A full stop ends a segment, but not the one of an abbreviated first word ("St. Louis").
const SEGMENT_BREAK = /[,;:()[\]{}|/–—"“”]|\s-\s|(?<!\b(?:St|Ste|Mt|Ft|Pt))\.\s/u;
const POSSESSIVE = /([\p{L}\p{N}])['’]s\b/gu;

function toWord(raw: string, checkCase: boolean): PhraseWord | null {
  const key = normalizeName(raw);
  if (key === '') return null;
  const first = raw.replace(/^[^\p{L}\p{N}]+/u, '').charAt(0);
  return {
    key,
    capitalised: !checkCase || first !== first.toLowerCase() || /\d/.test(first),
    stop: STOP.has(key),
    generic: ADMIN.has(key) || VENUE.has(key),
    admin: ADMIN.has(key),
  };
}

/** Cuts a phrase into words and lists every run of words that could be a place name. */
export function parsePhrase(text: string): Phrase {
  const withBreaks = text.replace(POSSESSIVE, '$1 | ');
  // Capitals only tell names from common words when the phrase is in mixed case.
  const checkCase = /\p{Lu}/u.test(text) && /\p{Ll}/u.test(text);
  const segments = withBreaks
    .split(SEGMENT_BREAK)
    .map((segment) =>
      segment
        .split(/\s+/)
        .map((raw) => toWord(raw, checkCase))
        .filter((word) => word !== null),
    )
    .filter((words) => words.length > 0);

  const spans: PhraseSpan[] = [];
  segments.forEach((words, segment) => {
    for (let start = 0; start < words.length; start++) {
      const first = words[start];
      if (first === undefined || first.stop || !first.capitalised) continue;
      let allGeneric = true;
      for (let end = start + 1; end <= Math.min(words.length, start + MAX_SPAN_WORDS); end++) {
        const last = words[end - 1];
        if (last === undefined) break;
        allGeneric &&= last.generic || last.stop;
        if (last.stop || allGeneric || (end === start + 1 && COMMON.has(last.key))) continue;
        const key = words
          .slice(start, end)
          .map((w) => w.key)
          .join(' ');
        spans.push({ key, segment, start, end });
      }
    }
  });
  return { segments, spans };
}

/** Keys a qualifying name is matched by: "Jiading District" → ["jiading district", "jiading"]. */
export function qualifierKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    for (const part of name.replace(POSSESSIVE, '$1 | ').split(SEGMENT_BREAK)) {
      const key = normalizeName(part).replace(/^the /, '');
      if (key === '') continue;
      keys.add(key);
      keys.add(splitTypeSuffix(key).base);
    }
  }
  return [...keys];
}
