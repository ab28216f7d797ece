// Event names in one sentence: capitalised names ending in an event word ("2020 World Internet
// Conference", "second World Metaverse Conference"), quoted names beside an event noun
// ("the forum “Meta-Creation Future”", "The "Light of Internet" expo"), acronyms with a year
// ("CES 2024").
import { lookupPlace } from './place-lexicon.ts';
import { FUNCTION_WORDS, type Run, type Token } from './tokens.ts';

export interface NameMention {
  name: string;
  index: number;
  end: number;
  /** The event word, lowercased: "conference", "expo". */
  noun: string;
  /** Key shared by the forms of one name: no article, ordinal, year, quotes or parentheses. */
  core: string;
  year: number | null;
  /** Acronym given in parentheses right after the name ("WAIC"). */
  alias: string | null;
  /** Part of an organisation's name ("… Conference Organizing Committee"). */
  organisation: boolean;
}

export const EVENT_NOUNS = new Set(
  (
    'conference forum expo exposition summit congress fair week festival carnival exhibition session sessions ' +
    'symposium workshop hackathon meeting convention show challenge competition contest games olympiad seminar ' +
    'dialogue salon roadshow gala colloquium conclave webinar tournament championship championships biennale ' +
    'biennial fest days assembly awards jamboree bootcamp day conf meetup meet-up camp showcase ' +
    // The same words in other languages: names are often left untranslated.
    'foro feria congreso salón jornadas encuentro cumbre conferencia exposición semana fórum feira ' +
    'congresso conferência fiera salone rencontres journées semaine assises kongress konferenz tage ' +
    'gipfel dagen dagarna'
  ).split(' '),
);

/** Event words that open their name in other languages; what follows is part of the name. */
const FOREIGN_HEADS = new Set(
  (
    'foro feria congreso salón salon jornadas encuentro cumbre conferencia exposición semana fórum ' +
    'feira congresso conferência fiera salone rencontres journées semaine assises'
  ).split(' '),
);
const FOREIGN_ARTICLE = /^(?:El|La|Le|Les|Los|Las|Il|Lo|O|A|Os|As)$/;

export const ORDINAL =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-\w+|thirtieth|fortieth|fiftieth|\d{1,3}(?:st|nd|rd|th))$/i;

/** Names that end in an event word but are bodies or holidays, never events to map. */
const ORGANISATION_NAMES =
  /(?:(?:National|Independence|Labou?r|May|New Year['’]s|Christmas|Boxing|Mother['’]s|Father['’]s|Valentine['’]s|Earth|Memorial|Veterans['’]?|Thanksgiving|Election|Victory|Constitution|Republic|Unity|Children['’]s|Women['’]s|Teachers['’]?|Singles['’]?|Flag|Army|Martyrs['’]?|Liberation|Reunification|Remembrance|Armistice|Bastille|Workers['’]?|Youth|Arbor|Groundhog|Pi|Leap|Open|Press|Media|Launch|Game|Opening|Closing|Match|Polling|Election|Voting|Trading|Business|Working|Rest|Sports?) Days?$|Political Consultative Conference|People['’]s Congress|Trade Union Congress|(?:Spring|Lantern|Dragon Boat|Mid-Autumn|Qingming|Double Ninth) Festival|Golden Week)$/;

/** "the Beijing International Film Festival organizing committee": a body, not the event. */
const ORGANISING_BODY = /^(?:organi[sz]ing|committee|secretariat|organi[sz]ers?|authority|office)$/;

function placeLike(word: string): boolean {
  return /^(?:Asia|Africa|Europe|America|Americas|Oceania|China)$/.test(word);
}

const AFTER_NAME_VENUE =
  /^(?:Cent(?:er|re)|Hall|Museum|Park|Hotel|Building|Tower|Pavilion|Plaza|Complex|Grounds?)$/;

/** Titles written in capitals before "of the …" ("Vice Chairman of the …"): not part of the name. */
const ROLE_WORDS =
  /^(?:Chairman|Chairwoman|Chair|Director|President|Vice|Deputy|Member|Members|Secretary|Head|Mayor|Minister|Chief|CEO|Founder|Officer|Manager|Committee|Secretariat|Delegation|Delegates|Spokesperson|Representative|Representatives|Organizers|Organisers|Host|Hosts)$/;

export const DETERMINERS = new Set([
  'the',
  'this',
  'a',
  'an',
  'its',
  'their',
  'that',
  "year's",
  'year’s',
]);

export function coreOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/["“”]/g, '')
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== 'the' && !ORDINAL.test(w))
    .join(' ');
}

function yearIn(name: string): number | null {
  const m = /\b((?:19|20)\d{2})\b/.exec(name);
  return m === null ? null : Number(m[1]);
}

function parenthesised(tokens: Token[], at: number): { text: string; to: number } | null {
  if (tokens[at]?.text !== '(') return null;
  const inner = tokens[at + 1];
  const close = tokens[at + 2];
  if (inner === undefined || close?.text !== ')') return null;
  return { text: inner.text, to: at + 3 };
}

function make(
  sentence: string,
  from: Token,
  to: Token,
  noun: string,
  extra: Partial<NameMention> = {},
): NameMention {
  const name = sentence.slice(from.index, to.index + to.text.length).replace(/\s+/g, ' ');
  return {
    name,
    index: from.index,
    end: to.index + to.text.length,
    noun,
    core: coreOf(name),
    year: yearIn(name),
    alias: null,
    organisation: ORGANISATION_NAMES.test(name),
    ...extra,
  };
}

/** "2024 China (Nanjing) International … Expo": the name goes on before a place in parentheses. */
function overParenthesis(tokens: Token[], start: number): number {
  if (tokens[start - 1]?.text !== ')' || tokens[start - 3]?.text !== '(') return start;
  const inner = tokens[start - 2];
  if (inner === undefined || lookupPlace(inner.text) === null) return start;
  let i = start - 4;
  while (i >= 0) {
    const t = tokens[i];
    const wordy =
      t !== undefined &&
      ((t.kind === 'cap' && !FUNCTION_WORDS.has(t.text)) || /^(?:19|20)\d{2}$/.test(t.text));
    if (!wordy) break;
    i -= 1;
  }
  return i + 1 < start - 3 ? i + 1 : start;
}

const ACRONYM = /^[A-Z][A-Za-z0-9]{1,9}$/;

/** What may follow an event word inside its name: "Data Days Europe", "Expo 2025", "Summit Lisbon". */
function editionWord(word: string): boolean {
  return (
    yearOrCity(word) ||
    placeLike(word) ||
    lookupPlace(word) !== null ||
    /^(?:Global|International|Europe|Asia|Africa|Americas|Nordic|Online|Live)$/.test(word)
  );
}

function yearOrCity(word: string): boolean {
  return /^(?:19|20)\d{2}$/.test(word) || lookupPlace(word)?.level === 'city';
}

/** The acronym of a name written inside it: "World Internet Conference (WIC) Wuzhen Summit". */
function innerAcronym(tokens: Token[], from: number, to: number): string | null {
  for (let i = from; i < to; i += 1) {
    const paren = parenthesised(tokens, i);
    if (paren !== null && paren.to - 1 <= to && ACRONYM.test(paren.text)) return paren.text;
  }
  return null;
}

function hasEventNoun(tokens: Token[], run: Run): boolean {
  for (let i = run.from; i < run.to; i += 1) {
    const t = tokens[i];
    if (t?.kind === 'cap' && EVENT_NOUNS.has(t.text.toLowerCase())) return true;
  }
  return false;
}

/**
 * "2023 World Internet Conference (WIC) Wuzhen Summit", "Mobile World Congress (MWC) Shanghai":
 * an acronym in parentheses does not end a name when the name goes on with a further event word,
 * or with a city or year, right after it. Not "… Conference (WIC) Secretary-General Ren".
 */
function joinOverAcronyms(tokens: Token[], runs: Run[], sentence: string): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    const paren = prev === undefined ? null : parenthesised(tokens, prev.to);
    if (paren !== null && run.to <= paren.to) continue;
    const continues =
      prev !== undefined &&
      paren !== null &&
      paren.to === run.from &&
      ACRONYM.test(paren.text) &&
      hasEventNoun(tokens, prev) &&
      (hasEventNoun(tokens, run) ||
        tokens.slice(run.from, run.to).every((t) => yearOrCity(t.text)));
    if (continues) out[out.length - 1] = subRun(sentence, tokens, prev.from, run.to);
    else out.push(run);
  }
  return out;
}

function fromRun(sentence: string, tokens: Token[], run: Run): NameMention | null {
  let kw = -1;
  for (let i = run.to - 1; i >= run.from; i -= 1) {
    const t = tokens[i];
    if (t?.kind === 'cap' && EVENT_NOUNS.has(t.text.toLowerCase())) {
      kw = i;
      break;
    }
  }
  if (kw < 0) return fromAcronym(sentence, tokens, run);
  // "Foro Andino de Datos", "Feria Internacional …": in other languages the event word leads.
  const leads = FOREIGN_HEADS.has((tokens[kw]?.text ?? '').toLowerCase());
  let last = leads ? run.to - 1 : kw;
  // "Forum for …", "Salon du Numérique", "Semana del Software": the name goes on after its word.
  if (
    kw + 2 < run.to &&
    /^(?:of|for|on|de|du|des|del|della|di|der|für|do|da)$/.test(tokens[kw + 1]?.text ?? '')
  ) {
    last = run.to - 1;
    while (tokens[last + 1]?.text === 'in' && tokens[last + 2]?.kind === 'cap') {
      const next = tokens[last + 2];
      if (next === undefined || lookupPlace(next.text) !== null || placeLike(next.text)) break;
      last += 2;
      while (tokens[last + 1]?.kind === 'cap') last += 1;
    }
  }
  while (last + 1 < run.to) {
    const skip = parenthesised(tokens, last + 1)?.to ?? last + 1;
    const next = tokens[skip];
    if (skip >= run.to || next === undefined || !editionWord(next.text)) break;
    last = skip;
  }
  const trailing = tokens[last + 1];
  if (last + 1 < run.to && trailing !== undefined && AFTER_NAME_VENUE.test(trailing.text))
    return null;
  let start = run.from;
  if (leads && kw === run.from + 1 && FOREIGN_ARTICLE.test(tokens[run.from]?.text ?? ''))
    start = kw;
  for (let i = run.from; i < kw; i += 1) {
    const t = tokens[i];
    if (t?.possessive === true && lookupPlace(t.text.replace(/['’]s$/, '')) !== null) start = i + 1;
    if (t !== undefined && ROLE_WORDS.test(t.text) && tokens[i + 1]?.text === 'of') {
      start = tokens[i + 2]?.text === 'the' ? i + 3 : i + 2;
    }
    // "in Utrecht for the Quantum Software Days": a place before "for the" is not in the name.
    if (t?.text === 'for' && tokens[i + 1]?.text === 'the' && i > start) {
      const head = sentence.slice(
        tokens[start]?.index ?? 0,
        (tokens[i - 1]?.index ?? 0) + (tokens[i - 1]?.text.length ?? 0),
      );
      const afterIn = /^(?:in|at)$/.test(tokens[start - 1]?.text ?? '') && i - start <= 3;
      if (lookupPlace(head) !== null || afterIn) start = i + 2;
    }
  }
  const before = tokens[start - 1];
  if (
    start === run.from &&
    before !== undefined &&
    before.kind === 'lower' &&
    ORDINAL.test(before.text)
  )
    start -= 1;
  start = overParenthesis(tokens, start);
  const first = tokens[start];
  let lastToken = tokens[last];
  if (first === undefined || lastToken === undefined || start > kw) return null;
  if (start === kw - 1 && lookupPlace(first.text)?.level === 'city' && tokens[kw]?.text === 'Expo')
    return null;
  const paren = parenthesised(tokens, last + 1);
  let alias = innerAcronym(tokens, start, last);
  if (paren !== null && lookupPlace(paren.text) !== null)
    lastToken = tokens[paren.to - 1] ?? lastToken;
  else if (paren !== null && ACRONYM.test(paren.text)) alias = paren.text;
  // "Forum held in Hangzhou": a lone event word is capitalised by its place, not a name.
  if (first === lastToken && alias === null) return null;
  const noun = (tokens[kw]?.text ?? '').toLowerCase();
  // "Day" names events only with more to it: "Dublin Cloud Native Day", not "Demo Day".
  if (
    noun === 'day' &&
    kw - start < 2 &&
    !/\b(?:19|20)\d{2}\b/.test(sentence.slice(first.index, lastToken.index + lastToken.text.length))
  )
    return null;
  const mention = make(sentence, first, lastToken, noun, { alias });
  const after = tokens[last + 1];
  mention.organisation ||=
    (last + 1 < run.to && trailing?.kind === 'cap') ||
    (after !== undefined && ORGANISING_BODY.test(after.text) && after.kind === 'lower');
  return mention;
}

/** "CES 2024", "MWC Shanghai", "GITEX Global 2023": an acronym named with its year or city. */
function fromAcronym(sentence: string, tokens: Token[], run: Run): NameMention | null {
  const first = tokens[run.from];
  const second = tokens[run.from + 1];
  const last = tokens[run.to - 1];
  if (first === undefined || second === undefined || last === undefined) return null;
  if (
    !/^(?:[A-Z]{2,8}|[A-Z][a-z]+[A-Z][A-Za-z]+)$/.test(first.text) ||
    lookupPlace(first.text) !== null
  )
    return null;
  if (run.to - run.from > 3) return null;
  // "NEW DELHI, Oct 26": a place written in capitals, not an acronym and its city.
  if (lookupPlace(sentence.slice(first.index, last.index + last.text.length)) !== null) return null;
  // "CES 2024", "MWC Shanghai", "CES Asia", "GITEX Global".
  const yearOrCity = run.to - run.from >= 2 && editionWord(last.text);
  if (!yearOrCity) return null;
  return make(sentence, first, last, 'event');
}

function closingQuote(tokens: Token[], open: number): number {
  for (let j = open + 1; j < Math.min(tokens.length, open + 14); j += 1) {
    const t = tokens[j];
    if (t?.kind === 'quote') return j;
    if (t === undefined || t.text === '(' || t.text === ';') return -1;
  }
  return -1;
}

/** Up to three lowercase words before an event noun: "industry metaverse forum". */
function modifiersBefore(tokens: Token[], noun: number): number {
  let start = noun;
  for (let i = noun - 1; i >= Math.max(0, noun - 3); i -= 1) {
    const t = tokens[i];
    if (
      t === undefined ||
      t.kind !== 'lower' ||
      DETERMINERS.has(t.text) ||
      t.text === 'and' ||
      /-day$/.test(t.text)
    )
      break;
    start = i;
  }
  return start;
}

function fromQuotes(sentence: string, tokens: Token[]): NameMention[] {
  const out: NameMention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (tokens[i]?.kind !== 'quote') continue;
    const close = closingQuote(tokens, i);
    if (close < 0) continue;
    const inner = tokens[i + 1];
    const openTok = tokens[i];
    const closeTok = tokens[close];
    if (inner?.kind !== 'cap' || openTok === undefined || closeTok === undefined) {
      i = Math.max(i, close);
      continue;
    }
    const quoted = `"${sentence.slice(inner.index, closeTok.index).trim()}"`;
    const prev = tokens[i - 1];
    const next = tokens[close + 1];
    if (prev !== undefined && EVENT_NOUNS.has(prev.text.toLowerCase())) {
      const modStart = modifiersBefore(tokens, i - 1);
      const mods = tokens
        .slice(modStart, i)
        .map((t) => t.text.toLowerCase())
        .join(' ');
      const name = `${quoted} ${mods}`;
      out.push({
        ...make(sentence, tokens[modStart] ?? prev, closeTok, prev.text.toLowerCase()),
        name,
        core: coreOf(name),
        year: null,
      });
    } else if (next !== undefined && EVENT_NOUNS.has(next.text.toLowerCase())) {
      const name = `${quoted} ${next.text}`;
      out.push({
        ...make(sentence, openTok, next, next.text.toLowerCase()),
        name,
        core: coreOf(name),
        year: null,
      });
    }
    i = close;
  }
  return out;
}

/**
 * "the China-ASEAN Expo and the China-ASEAN Business Summit": two names joined by "and". Not
 * "Expo and Forum" (one name) nor "Convention and Exhibition Center" (a venue).
 */
function splitJoinedNames(sentence: string, tokens: Token[], run: Run): Run[] {
  const parts: Run[] = [];
  const last = tokens[run.to - 1];
  const endsNamed = last !== undefined && EVENT_NOUNS.has(last.text.toLowerCase());
  let from = run.from;
  for (let i = run.from + 1; i < run.to - 1 && endsNamed; i += 1) {
    const before = tokens[i - 1];
    if (tokens[i]?.text !== 'and' || before === undefined) continue;
    if (!EVENT_NOUNS.has(before.text.toLowerCase())) continue;
    const next = tokens[i + 1]?.text === 'the' ? i + 2 : i + 1;
    if (run.to - next < 2) continue;
    parts.push(subRun(sentence, tokens, from, i));
    from = next;
  }
  parts.push(subRun(sentence, tokens, from, run.to));
  return parts;
}

function subRun(sentence: string, tokens: Token[], from: number, to: number): Run {
  const first = tokens[from];
  const last = tokens[to - 1];
  const index = first?.index ?? 0;
  const end = last === undefined ? index : last.index + last.text.length;
  return { from, to, index, text: sentence.slice(index, end) };
}

export function findNameMentions(sentence: string, tokens: Token[], runs: Run[]): NameMention[] {
  const out: NameMention[] = fromQuotes(sentence, tokens);
  const joined = joinOverAcronyms(tokens, runs, sentence);
  for (const run of joined.flatMap((r) => splitJoinedNames(sentence, tokens, r))) {
    const m = fromRun(sentence, tokens, run);
    if (m === null || out.some((q) => m.index < q.end && q.index < m.end)) continue;
    out.push(m);
  }
  return out.sort((a, b) => a.index - b.index);
}
