// Place phrases of one sentence: "in Wuzhen, a town in East China's Zhejiang Province",
// "in Anting Town of Jiading District", "at the Las Vegas Convention Center in Las Vegas, Nevada".
import type { PlaceLevel } from './place-lexicon.ts';
import {
  levelRank,
  looksLikeOrganisation,
  lowerAdminSuffix,
  placeLevel,
  stripDirection,
} from './place-names.ts';
import type { Run, Token } from './tokens.ts';

export interface PlaceMention {
  /** As written, without a leading article: "Anting Town of Jiading District". */
  name: string;
  /** Offset in the sentence. */
  index: number;
  level: PlaceLevel | null;
  /** Qualifiers from the same phrase, nearest first ("Jiading District", "Shanghai"). */
  context: string[];
  /** The word that introduced it: "in", "at", or "leg" for "the Shanghai leg of". */
  via: string;
  /** Offset just past the phrase and its qualifiers. */
  end: number;
}

const PREPOSITIONS = new Set(['in', 'at', 'inside', 'within']);

function bare(word: string): string {
  return word.replace(/['’]s$/, '');
}

interface Segment {
  text: string;
  from: number;
  to: number;
}

/** Splits "East China's Zhejiang Province" at its possessives. */
function segments(sentence: string, tokens: Token[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let start = from;
  for (let i = from; i < to; i += 1) {
    const t = tokens[i];
    if (t?.possessive !== true && i !== to - 1) continue;
    const first = tokens[start];
    if (first !== undefined && t !== undefined) {
      out.push({
        text: bare(sentence.slice(first.index, t.index + t.text.length)),
        from: start,
        to: i + 1,
      });
    }
    start = i + 1;
  }
  return out;
}

/** "Zhejiang Province", "China" from "East China's Zhejiang Province": nearest first. */
function chain(sentence: string, tokens: Token[], from: number, to: number): string[] {
  return segments(sentence, tokens, from, to)
    .map((s) => stripDirection(s.text))
    .filter((s) => placeLevel(s) !== null)
    .reverse();
}

/** Extends a run over a lowercase admin word: "Putuo district". */
function runEnd(tokens: Token[], run: Run): number {
  const next = tokens[run.to];
  return next !== undefined && lowerAdminSuffix(next.text) ? run.to + 1 : run.to;
}

function textOf(sentence: string, tokens: Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  return first === undefined || last === undefined
    ? ''
    : sentence.slice(first.index, last.index + last.text.length);
}

const APPOSITION =
  /^,\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:town|city|county|district|village|township|province|region|capital|hub|port|municipality|metropolis|island|resort|country)\s+(?:in|of)\s+(?:the\s+)?|(?:the\s+)?capital (?:city )?of\s+(?:the\s+)?)$/;

/** "east China's", "southwest China's": compass words written in lower case before a place. */
const LOWER_DIRECTION =
  /(?:\b(?:east|west|north|south|central|northeast|northwest|southeast|southwest|eastern|western|northern|southern|east-central|north-central)\s+)$/;

/** Qualifying places after the phrase: appositions, comma lists, "in Barcelona". */
function trailingContext(
  sentence: string,
  tokens: Token[],
  runsByStart: Map<number, Run>,
  after: number,
  level: PlaceLevel | null,
): { context: string[]; stop: number } {
  const context: string[] = [];
  let at = after;
  for (let guard = 0; guard < 4; guard += 1) {
    const next = nextRun(tokens, runsByStart, at);
    if (next === null) break;
    const end = tokens[at - 1];
    const gap =
      end === undefined ? '' : sentence.slice(end.index + end.text.length, next.run.index);
    const bareGap = gap.replace(LOWER_DIRECTION, '');
    const apposition = APPOSITION.test(bareGap);
    const comma = /^,\s*(?:the\s+)?$/.test(bareGap);
    const within = /^\s+(?:in|of)\s+(?:the\s+)?$/.test(bareGap) && levelRank(level) >= 3;
    const paren = /^\s*\($/.test(gap) && tokens[next.run.to]?.text === ')';
    if (!apposition && !comma && !within && !paren) break;
    const stop = runEnd(tokens, next.run);
    const names = chain(sentence, tokens, next.run.from, stop);
    if (names.length === 0) break;
    context.push(...names);
    at = paren ? stop + 1 : stop;
  }
  return { context, stop: at };
}

function nextRun(tokens: Token[], runsByStart: Map<number, Run>, at: number): { run: Run } | null {
  for (let i = at; i < Math.min(tokens.length, at + 12); i += 1) {
    const run = runsByStart.get(i);
    if (run !== undefined) return { run };
  }
  return null;
}

/** Splits "Anting Town of Jiading District" into the town and the district that qualifies it. */
function splitOf(
  sentence: string,
  tokens: Token[],
  from: number,
  to: number,
): { head: string; context: string[] } | null {
  for (let i = from + 1; i < to - 1; i += 1) {
    if (tokens[i]?.text !== 'of') continue;
    const head = textOf(sentence, tokens, from, i);
    const tail = textOf(sentence, tokens, i + 1, to).replace(/^the\s+/, '');
    const headLevel = placeLevel(head);
    if (headLevel === null || headLevel === 'venue' || placeLevel(tail) === null) continue;
    return { head, context: [tail] };
  }
  return null;
}

function mentionFromRun(
  sentence: string,
  tokens: Token[],
  runsByStart: Map<number, Run>,
  run: Run,
  via: string,
): PlaceMention | null {
  const stop = runEnd(tokens, run);
  const parts = segments(sentence, tokens, run.from, stop);
  const lastPart = parts.at(-1);
  if (lastPart === undefined) return null;
  let main = lastPart;
  let outer = parts.slice(0, -1);
  if (placeLevel(main.text) === null && parts.length > 1 && tokens[stop - 1]?.possessive === true) {
    main = lastPart;
    outer = [];
  }
  if (looksLikeOrganisation(main.text)) return null;
  const context: string[] = [];
  let level = placeLevel(main.text);
  const split = splitOf(sentence, tokens, main.from, main.to);
  if (split !== null) {
    level = placeLevel(split.head);
    context.push(...split.context);
  }
  for (const o of outer.reverse()) {
    const name = stripDirection(o.text);
    if (placeLevel(name) !== null) context.push(name);
  }
  let last = stop;
  if (tokens[stop - 1]?.possessive !== true) {
    const trailing = trailingContext(sentence, tokens, runsByStart, stop, level);
    context.push(...trailing.context);
    last = trailing.stop;
  }
  const first = tokens[main.from];
  const lastToken = tokens[last - 1];
  return {
    name: main.text,
    index: first?.index ?? run.index,
    level,
    context: [...new Set(context)].filter((c) => c !== main.text),
    via,
    end: lastToken === undefined ? run.index : lastToken.index + lastToken.text.length,
  };
}

const LEG =
  /\b[Tt]he ((?:[A-Z][\w'’-]*\s){1,3})(?:leg|edition|stop|station|chapter|session)\s+of\b/g;

/** "in Utrecht for the Quantum Software Days": the place ends where "for the" begins. */
function beforeFor(sentence: string, tokens: Token[], run: Run): Run {
  for (let i = run.from + 1; i < run.to - 1; i += 1)
    if (tokens[i]?.text === 'for' && tokens[i + 1]?.text === 'the')
      return { ...run, to: i, text: textOf(sentence, tokens, run.from, i) };
  return run;
}

export function findPlaceMentions(sentence: string, tokens: Token[], runs: Run[]): PlaceMention[] {
  const runsByStart = new Map(runs.map((r) => [r.from, r]));
  const out: PlaceMention[] = [];
  let consumed = 0;
  for (const run of runs) {
    if (run.index < consumed) continue;
    const before = tokens[run.from - 1];
    const beforeThat = tokens[run.from - 2];
    let via: string | null = null;
    if (before !== undefined && PREPOSITIONS.has(before.text)) via = before.text;
    else if (
      before?.text === 'the' &&
      beforeThat !== undefined &&
      PREPOSITIONS.has(beforeThat.text)
    ) {
      via = beforeThat.text;
    }
    if (via === null) continue;
    const mention = mentionFromRun(
      sentence,
      tokens,
      runsByStart,
      beforeFor(sentence, tokens, run),
      via,
    );
    if (mention === null) continue;
    out.push(mention);
    consumed = mention.end;
  }
  for (const m of sentence.matchAll(LEG)) {
    const name = (m[1] ?? '').trim();
    const level = placeLevel(name);
    if (level !== null && level !== 'venue') {
      const index = m.index + 4;
      out.push({ name, index, level, context: [], via: 'leg', end: index + name.length });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
