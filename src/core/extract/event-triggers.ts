// Event names that carry no event word: a brand, an acronym or a name in another language,
// recognised by what the sentence says of it instead of by its head noun: "Technova opens in
// Lisbon on Monday", "Zyx 2025 attracts 1,800 exhibitors", "the 5th Smartgrid", "the 12th
// edition of Zyx", "visitors at Zyx 2025".
import type { AnalysedSentence } from './analyse-sentence.ts';
import { coreOf, EVENT_NOUNS, ORDINAL, type NameMention } from './event-names.ts';
import { lookupPlace } from './place-lexicon.ts';
import { FUNCTION_WORDS, type Run, type Token } from './tokens.ts';

const COUNT =
  /^\s+(?:more than\s+|over\s+|nearly\s+|about\s+|around\s+|some\s+|up to\s+|almost\s+|an estimated\s+)?[\d][\d,.]*\s*(?:million\s+|thousand\s+|k\s+)?\+?\s*(?:[\p{L}-]+\s+){0,2}?(?:exhibitors|visitors|attendees|participants|delegates|companies|brands|start-?ups|people|guests|buyers|speakers|developers|trade visitors)\b/iu;

/** Verbs that say the event takes place; intransitive here, so what follows is when or where. */
const OCCURS =
  /^\s+(?:(?:will|is|was|are|were|has|had|is set to|is due to|is expected to|is scheduled to)\s+(?:also\s+|officially\s+)?(?:be\s+|been\s+|being\s+|to be\s+)?)?(?:officially\s+)?(?:opens?|opened|opening|kicks? off|kicked off|kicking off|held|takes? place|took place|taking place|runs?|ran|running|returns?|returned|comes? to|came to|gets? (?:under ?way)|got under ?way|under ?way|begins?|began|starts?|started|closes?|closed|ends?|ended|concludes?|concluded|wraps? up|wrapped up)\b/i;

/** Words that call something an event: "X, a 48-hour hackathon", "the event, called X". */
const EVENT_WORD =
  '(?:conference|forum|expo|exposition|summit|congress|fair|festival|exhibition|symposium|workshop|hackathon|meetup|meet-up|convention|show|competition|contest|challenge|seminar|event|gathering|showcase|bootcamp|jam|sprint|camp|week|days|games|olympiad|tournament|roadshow|webinar|salon|biennale|meeting)s?';
/** The apposition ends at its event word: not "the event brought …", "a convention centre". */
const IS_AN_EVENT = new RegExp(
  `^[,:]\\s+(?:a|an|the|this year['’]s)\\s+(?:(?!(?:that|which|who|where|whose|of|in|at|on|for|with|by|to|the|a|an|is|was|will|has|had)\\b)[\\p{L}\\d'’-]+\\s+){0,5}?(${EVENT_WORD})(?:\\s*(?:[,.;:)]|$)|\\s+(?:to be|held|that|which|in|on|at|for|from|organi[sz]ed|hosted|run|with|where|of|about|due|set|scheduled|slated)\\b)`,
  'iu',
);
const CALLED = new RegExp(
  `\\b${EVENT_WORD},?\\s+(?:called|named|dubbed|titled|entitled|known as|branded)\\s+(?:the\\s+)?["“]?$`,
  'i',
);
const RELATIVE = /^,?\s+(?:which|that)(?=\s)/i;

const WHEN_OR_WHERE =
  /^(?:\s+(?:in|on|at|from|until|till|through|to|today|tomorrow|tonight|this|next|yesterday|last|its doors|with|again|for the|between|over|online|virtually)\b|\s*[,.;:]|\s*$|\s+(?:\d(?!\d*(?:st|nd|rd|th)\b)|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun))/;

const GATHERS =
  /^\s+(?:(?:will|is expected to|is set to)\s+)?(?:attracts?|attracted|attracting|gathers?|gathered|draws?|drew|welcomes?|welcomed|hosts?|hosted|brings? together|brought together|features?|featured|expects?|expected)\b/i;

/** "visitors at Zyx 2025", "during Zyx 2025": a year-named proper noun in an event's slot. */
const EVENT_SLOT_BEFORE =
  /\b(?:at|during|attend(?:s|ed|ing)?|visit(?:s|ed|ing)?|visitors to|exhibit(?:s|ed|ing)? at|showcased at|unveiled at|launched at|ahead of|on the sidelines of|the opening of|edition of)\s+(?:the\s+|this year['’]s\s+)?$/i;

const ORDINAL_WORDS =
  "\\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|latest|next|upcoming|annual|this year['’]s";
const EDITION_OF = new RegExp(
  `\\b(?:${ORDINAL_WORDS})\\s+(?:edition|installment|instalment)\\s+of\\s+(?:the\\s+)?$`,
  'i',
);
const EDITION_AFTER = new RegExp(`^\\s+(?:${ORDINAL_WORDS})\\s+(?:edition|installment)\\b`, 'i');
const YEAR = /^(?:19|20)\d{2}$/;

/** Words that end the name of a body, a document or a product, not of an event. */
const NOT_EVENT_END =
  /^(?:Inc|Ltd|LLC|Corp|Co|Group|Company|Holdings|Association|University|College|Institute|Academy|Federation|Committee|Commission|Ministry|Department|Agency|Council|Bank|Report|Index|Plan|Strategy|Vision|Agenda|Act|Law|Budget|Census|Survey|Study|Programme|Program|Initiative|Fund|Award|Prize|Ranking|List|Edition|Series|Model|Pro|Max|Ultra|Plus|Lite|Phone|Center|Centre|Hall|Stadium|Park|District|Ward|Street|Avenue|Floor|Round|Quarter|Century|Anniversary|Amendment|Circuit|Precinct|Division|Grade|Term|Generation|Minister|President|Mayor|Governor|Chairman|Chairwoman|CEO|King|Queen|Prince|Secretary|Premier|Chancellor)$/;

/** Buildings and sites open too: "Gigafactory Berlin opens on Tuesday". */
const FACILITY =
  /^(?:giga)?(?:factory|plant|store|office|campus|lab|laboratory|headquarters|mall|airport|station|line|bridge|hospital|museum|tower|hotel|stadium|arena|mine|port|terminal|warehouse)$/i;
/** A film or a shop opens "in cinemas", "in stores": not an event. */
const SCREENS = /^\s+in\s+(?:cinemas|theat(?:er|re)s|stores|shops|select)\b/i;
/** "Samsung drew 10,000 visitors to its booth": a company at a fair, not the fair. */
const OWN_SPACE =
  /\b(?:its|their)\s+(?:\w+\s+)?(?:booth|stand|pavilion|store|stores|showroom|shop|website|app|channel)\b/i;

/** Common nouns that open sentences: "Registration opens on May 1" is not an event named Registration. */
const COMMON_NOUN_SHAPE =
  /^(?:\p{Lu}\p{Ll}+(?:tion|sion|ment|ness|ity|ing|ance|ence|ship|ies|ers|ets|ons|als|ure|age))$/u;

/** Places and bodies that open, close and gather too: "Parliament opens on Monday". */
const INSTITUTIONS =
  /^(?:Parliament|Senate|Court|School|Schools|Market|Markets|Exchange|Museum|Store|Shop|Airport|Station|Border|Polls|Season|Office|Government|Cabinet|Registration|Applications|Tickets|Nasdaq|Wall)$/;

function isOrdinal(t: Token | undefined): boolean {
  return t !== undefined && ORDINAL.test(t.text);
}

/** The run without leading ordinals and possessive ending; null when nothing name-like is left. */
function nameTokens(tokens: Token[], run: Run): { from: number; to: number } | null {
  let from = run.from;
  // "Organisers of the Foro Andino": the name starts after a plural noun's "of the".
  const head = tokens[from];
  if (head !== undefined && /^\p{Lu}\p{Ll}+s$/u.test(head.text) && tokens[from + 1]?.text === 'of')
    from += tokens[from + 2]?.text === 'the' ? 3 : 2;
  while (from < run.to && FUNCTION_WORDS.has(tokens[from]?.text ?? '')) from += 1;
  if (from >= run.to) return null;
  return { from, to: run.to };
}

function plausible(s: AnalysedSentence, from: number, to: number, cue: 'strong' | 'verb'): boolean {
  const words = s.tokens.slice(from, to);
  const caps = words.filter((t) => t.kind === 'cap');
  const last = words[words.length - 1];
  if (caps.length === 0 || last === undefined) return false;
  const plain = words.filter((t) => !YEAR.test(t.text)).map((t) => t.text.replace(/['’]s$/, ''));
  if (plain.length === 0 || lookupPlace(plain.join(' ')) !== null) return false;
  if (NOT_EVENT_END.test(plain[plain.length - 1] ?? '')) return false;
  if (plain.some((w) => FACILITY.test(w))) return false;
  if (plain.every((w) => lookupPlace(w) !== null)) return false;
  if (plain.every((w) => EVENT_NOUNS.has(w.toLowerCase()) || INSTITUTIONS.test(w))) return false;
  // A lone capitalised word opening the sentence is most often a common noun ("Registration").
  const lone = plain.length === 1 && words[0]?.index === 0;
  if (cue === 'verb' && lone && COMMON_NOUN_SHAPE.test(plain[0] ?? '')) return false;
  return true;
}

function mention(s: AnalysedSentence, from: number, to: number): NameMention | null {
  const first = s.tokens[from];
  const last = s.tokens[to - 1];
  if (first === undefined || last === undefined) return null;
  let end = last.index + last.text.length;
  if (last.possessive) end -= 2;
  const name = s.text.slice(first.index, end).replace(/\s+/g, ' ');
  const year = /\b((?:19|20)\d{2})\b/.exec(name);
  return {
    name,
    index: first.index,
    end,
    noun: 'event',
    core: coreOf(name.replace(/['’]s$/, '')),
    year: year === null ? null : Number(year[1]),
    alias: null,
    organisation: false,
  };
}

/** "Zyx's 10th edition": the run stops at the possessive. */
function beforePossessive(tokens: Token[], run: Run): Run {
  for (let i = run.from; i < run.to - 1; i += 1) {
    const t = tokens[i];
    if (t?.possessive === true)
      return { ...run, to: i + 1, text: run.text.slice(0, t.index + t.text.length - run.index) };
  }
  return run;
}

/** "X, a technology fair": the event word the apposition gives, so "the fair" later is X. */
function apposedNoun(s: AnalysedSentence, run: Run): string | null {
  const last = s.tokens[run.to - 1];
  if (last === undefined) return null;
  const word = IS_AN_EVENT.exec(s.text.slice(last.index + last.text.length))?.[1]?.toLowerCase();
  if (word === undefined) return null;
  const singular = word.replace(/s$/, '');
  return EVENT_NOUNS.has(word) || !EVENT_NOUNS.has(singular) ? word : singular;
}

/**
 * The run opens its clause, so the verb after it is its own: not "… on both sides of the Strait
 * was held", where the run ends a longer subject.
 */
function isSubject(before: string): boolean {
  const rest = before
    .trimEnd()
    .replace(/(?:^|\s)(?:the|this year['’]s|annual|its|their)$/i, '')
    .trimEnd();
  return (
    rest === '' || /[,;:—–(“"]$/.test(rest) || /\b(?:and|as|when|while|after|once)$/i.test(rest)
  );
}

/** Why this run names an event, or null when the sentence does not say it does. */
function cueOf(s: AnalysedSentence, run: Run): 'strong' | 'verb' | null {
  const last = s.tokens[run.to - 1];
  if (last === undefined) return null;
  const before = s.text.slice(0, s.tokens[run.from]?.index ?? 0);
  let after = s.text.slice(
    last.index + (last.possessive ? last.text.length - 2 : last.text.length),
  );
  if (IS_AN_EVENT.test(after) || CALLED.test(before)) return 'strong';
  // "X, which was to be held on …": the relative clause's verb is the name's own.
  const relative = RELATIVE.exec(after);
  if (relative !== null) {
    const rest = after.slice(relative[0].length);
    const occurs = OCCURS.exec(rest);
    if (occurs !== null && WHEN_OR_WHERE.test(rest.slice(occurs[0].length))) return 'verb';
  }
  // "Technova, the annual tech gathering, opens …": the verb after a short apposition.
  const apposition = /^,\s[^,;.]{3,80},(?=\s)/.exec(after);
  if (apposition !== null && !last.possessive) after = after.slice(apposition[0].length);
  if (isSubject(before)) {
    const occurs = OCCURS.exec(after);
    const next = occurs === null ? '' : after.slice(occurs[0].length);
    if (occurs !== null && WHEN_OR_WHERE.test(next) && !SCREENS.test(next)) return 'verb';
    const gathers = GATHERS.exec(after);
    const counted = gathers !== null && COUNT.test(after.slice(gathers[0].length));
    if (counted && !OWN_SPACE.test(after)) return 'verb';
  }
  if (last.possessive && EDITION_AFTER.test(after.slice(2))) return 'strong';
  if (EDITION_OF.test(before)) return 'strong';
  const ordinalFirst = isOrdinal(s.tokens[run.from]) || isOrdinal(s.tokens[run.from - 1]);
  const determined = /\b(?:the|its|this year['’]s)\s+(?:\S+\s+)?$/i.test(before);
  if (ordinalFirst && determined) return 'strong';
  if (YEAR.test(last.text) && EVENT_SLOT_BEFORE.test(before)) return 'strong';
  return null;
}

/** "in" in other languages, inside a name: "AI-dagarna i Umeå", "Rencontres à Lyon". */
const FOREIGN_IN = /^(?:i|à|en|im|am|w|na|au|aux)$/;

/** Capitalised runs, two runs joined over a foreign "in" between them. */
function joinedRuns(s: AnalysedSentence): Run[] {
  const out: Run[] = [];
  for (const run of s.runs) {
    const prev = out[out.length - 1];
    const particle = s.tokens[run.from - 1];
    if (prev !== undefined && prev.to === run.from - 1 && FOREIGN_IN.test(particle?.text ?? '')) {
      const end = run.index + run.text.length;
      out[out.length - 1] = { ...prev, to: run.to, text: s.text.slice(prev.index, end) };
    } else out.push(run);
  }
  return out;
}

/** Small words a name in another language keeps lowercase: "Salon international du numérique". */
const NAME_PARTICLES =
  /^(?:de|du|des|la|le|les|et|of|and|for|on|the|del|y|e|da|do|dos|das|di|della|für|und|der|van|von|en|i|och|för)$/i;

/** The first letter an acronym takes from a word: "I" from "l'innovation". */
function initial(word: string): string {
  return word
    .replace(/^(?:l|d|qu)['’]/i, '')
    .normalize('NFD')
    .charAt(0)
    .toUpperCase();
}

/**
 * "the Salon international du numérique et de l'innovation (SINI) will be held": a name in
 * any language whose words give the acronym after it, kept when the sentence shows an event.
 */
function expandedAcronyms(s: AnalysedSentence): NameMention[] {
  const out: NameMention[] = [];
  const { tokens } = s;
  for (let open = 1; open + 2 < tokens.length; open += 1) {
    const acronym = tokens[open + 1]?.text ?? '';
    if (tokens[open]?.text !== '(' || tokens[open + 2]?.text !== ')') continue;
    if (!/^[A-Z][A-Z0-9&]{2,9}$/.test(acronym)) continue;
    const letters = acronym.replace(/[^A-Z]/g, '');
    let j = letters.length - 1;
    let start = -1;
    for (let i = open - 1; i >= 0 && j >= 0; i -= 1) {
      const t = tokens[i];
      if (t === undefined || (t.kind !== 'cap' && t.kind !== 'lower')) break;
      if (initial(t.text) === letters[j]) {
        j -= 1;
        start = i;
      } else if (!NAME_PARTICLES.test(t.text)) break;
    }
    const first = tokens[start];
    if (j >= 0 || first?.kind !== 'cap' || FUNCTION_WORDS.has(first.text)) continue;
    if (s.names.some((n) => n.index <= (tokens[open]?.index ?? 0) && first.index < n.end)) continue;
    const run: Run = { from: start, to: open + 3, index: first.index, text: '' };
    if (cueOf(s, run) === null || !plausible(s, start, open, 'strong')) continue;
    const m = mention(s, start, open);
    if (m !== null) out.push({ ...m, alias: acronym });
  }
  return out;
}

/**
 * Names in one sentence that no event word marks, kept only when the sentence says they take
 * place, count their exhibitors or visitors, or give them an edition. Headline runs (title case)
 * are left to the body: a name found there is matched back in the headline.
 */
export function triggeredNames(s: AnalysedSentence, strongOnly = false): NameMention[] {
  const out: NameMention[] = expandedAcronyms(s);
  for (const whole of joinedRuns(s)) {
    const run = beforePossessive(s.tokens, whole);
    const taken = [...s.names, ...out];
    if (taken.some((n) => n.index < run.index + run.text.length && run.index < n.end)) continue;
    const span = nameTokens(s.tokens, run);
    if (span === null) continue;
    const cue = cueOf(s, run);
    if (cue === null || (strongOnly && cue !== 'strong')) continue;
    if (!plausible(s, span.from, span.to, cue)) continue;
    const m = mention(s, span.from, span.to);
    if (m !== null && m.core !== '') out.push({ ...m, noun: apposedNoun(s, run) ?? m.noun });
  }
  return out;
}
