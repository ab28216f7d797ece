// One article's text → the events it reports and the dated or placed events it mentions.
// Every rule here is general: nothing knows about a particular article or event.
import type { Article } from '../article.ts';
import { rankThemes, type ThemeSection } from '../themes.ts';
import { analyseSentence, type AnalysedSentence } from './analyse-sentence.ts';
import { bindSentences, type Bindings } from './bindings.ts';
import { decideDate } from './decide-date.ts';
import { decidePlace } from './decide-place.ts';
import { buildEntities, byPosition, salience, type Entity } from './entities.ts';
import { decideFormat, formatSignals, mergeSignals } from './event-format.ts';
import type { ExtractedEvent } from './extracted-event.ts';
import { readHeader } from './headline.ts';
import { findOrganisers } from './organisers.ts';
import { findParticipantCounts, pickParticipants } from './participants.ts';
import { articlePlaces } from './place-context.ts';
import { splitSentences } from './sentences.ts';

/** Sentences 1–3 (after the headline at 0) are the lead, where news reports state their event. */
const LEAD_END = 3;
const LEAD_DATE_BONUS = 4;
const LEAD_PLACE_BONUS = 2;
const NAME_WEIGHT = 3;
const TITLE_WEIGHT = 2;
const MAX_EVIDENCE = 400;

function bestForm(e: Entity): string {
  let best = e.forms[0] ?? '';
  const score = (f: string): number =>
    f.split(/\s+/).length +
    (/\b(?:19|20)\d{2}\b/.test(f) ? 2 : 0) +
    (/\(/.test(f) ? 1 : 0) +
    (/^\p{Ll}/u.test(f) ? 1 : 0);
  for (const f of e.forms) if (score(f) > score(best)) best = f;
  return best.charAt(0).toUpperCase() + best.slice(1);
}

function evidence(text: string | null): string | null {
  if (text === null) return null;
  return text.length <= MAX_EVIDENCE ? text : `${text.slice(0, MAX_EVIDENCE - 1)}…`;
}

function boundIn(e: Entity, b: Bindings, from: number, to: number): boolean {
  const inside = (x: { entity: number; sentence: number }): boolean =>
    x.entity === e.id && x.sentence >= from && x.sentence <= to;
  return b.dates.some(inside) || b.places.some(inside) || b.relations.some(inside);
}

const inTitle = (e: Entity): boolean => e.refs.some((r) => r.sentence === 0 && !r.blocked);

/** Events that could be reported, the most prominent first: named in the headline, or dated or placed by the text. */
function rankEntities(entities: Entity[], b: Bindings): Entity[] {
  const bound = (e: Entity): boolean => boundIn(e, b, 0, Number.MAX_SAFE_INTEGER);
  const lead = (e: Entity): number =>
    (b.dates.some((d) => d.entity === e.id && d.sentence <= LEAD_END) ? LEAD_DATE_BONUS : 0) +
    (b.places.some((p) => p.entity === e.id && p.sentence <= LEAD_END) ? LEAD_PLACE_BONUS : 0);
  const rank = (e: Entity): number => salience(e) + lead(e);
  return entities
    .filter((e) => !e.organisation && (bound(e) || inTitle(e)))
    .sort((x, y) => rank(y) - rank(x) || x.id - y.id);
}

function chooseEvents(ordered: Entity[], b: Bindings): { reported: Entity[]; mentioned: Entity[] } {
  const bound = (e: Entity): boolean => boundIn(e, b, 0, Number.MAX_SAFE_INTEGER);
  const main = ordered[0];
  if (main === undefined) return { reported: [], mentioned: [] };
  const reported = ordered.filter(
    (e) => e === main || boundIn(e, b, 0, LEAD_END) || (inTitle(e) && bound(e)),
  );
  const directly = (e: Entity): boolean =>
    b.dates.some((d) => d.entity === e.id) || b.places.some((p) => p.entity === e.id);
  const mentioned = ordered.filter((e) => !reported.includes(e) && directly(e));
  const byAppearance = (x: Entity, y: Entity): number =>
    (x.refs[0]?.sentence ?? 0) - (y.refs[0]?.sentence ?? 0) ||
    (x.refs[0]?.index ?? 0) - (y.refs[0]?.index ?? 0);
  return {
    reported: [main, ...reported.filter((e) => e !== main).sort(byAppearance)],
    mentioned: mentioned.sort(byAppearance),
  };
}

interface Context {
  sentences: AnalysedSentence[];
  bindings: Bindings;
  published: string | null;
  title: string;
}

function ownSentences(e: Entity, ctx: Context, isMain: boolean): AnalysedSentence[] {
  const positions = new Set(ctx.bindings.sentencesOf.get(e.id) ?? []);
  if (isMain) for (const p of ctx.bindings.unattributed) positions.add(p);
  return [...positions].sort((a, b) => a - b).flatMap((p) => ctx.sentences[p] ?? []);
}

function toEvent(
  e: Entity,
  role: 'reported' | 'mentioned',
  isMain: boolean,
  ctx: Context,
  places: ReturnType<typeof articlePlaces>,
): ExtractedEvent {
  const name = bestForm(e);
  const date = decideDate({
    entity: e.id,
    sentences: ctx.sentences,
    bindings: ctx.bindings,
    published: ctx.published,
    fallbackYear: e.year,
  });
  const place = decidePlace(e, ctx.sentences, ctx.bindings, places);
  const own = ownSentences(e, ctx, isMain);
  const themeText: ThemeSection[] = [{ text: name, weight: NAME_WEIGHT }];
  if (role === 'reported') {
    themeText.push({ text: ctx.title, weight: TITLE_WEIGHT });
    for (const s of ctx.sentences.slice(1)) themeText.push({ text: s.text, weight: 1 });
  } else {
    for (const s of own) themeText.push({ text: s.text, weight: 1 });
  }
  const counts = own.flatMap((s) => findParticipantCounts(s.text));
  const participants = pickParticipants(counts);
  const organisers = [...new Set(own.flatMap((s) => findOrganisers(s.text)))];
  const signals = mergeSignals(own.map((s) => formatSignals(s.text)));
  const placed = place.placedByText;
  return {
    name,
    role,
    start: date.start,
    end: date.end,
    date_precision: date.precision,
    place: place.place,
    placeContext: place.context,
    themes: rankThemes(themeText),
    format:
      role === 'mentioned' && !placed && !signals.online ? null : decideFormat(signals, placed),
    participants: participants?.count ?? null,
    participants_text: participants?.text ?? null,
    organisers,
    evidence: { date: evidence(date.evidence), place: evidence(place.evidence) },
    warnings: [...new Set([...date.warnings, ...place.warnings])],
  };
}

export function extractEvents(article: Article): ExtractedEvent[] {
  const header = readHeader(article.text);
  const title = article.title ?? header.title ?? '';
  const published = article.published ?? header.published;
  const body = splitSentences(header.body).filter((s) => s.kind === 'text');
  const sentences = [
    analyseSentence(title, -1),
    ...body.map((s) => analyseSentence(s.text, s.index)),
  ];
  const { entities, unresolved } = buildEntities(sentences);
  let bindings = bindSentences(sentences, entities);
  let ordered = rankEntities(entities, bindings);
  const main = ordered[0];
  if (main !== undefined && unresolved.length > 0) {
    main.refs = [...main.refs, ...unresolved].sort(byPosition);
    bindings = bindSentences(sentences, entities);
    ordered = rankEntities(entities, bindings);
  }
  const { reported, mentioned } = chooseEvents(ordered, bindings);
  const places = articlePlaces(sentences);
  const ctx: Context = { sentences, bindings, published, title };
  return [
    ...reported.map((e, i) => toEvent(e, 'reported', i === 0, ctx, places)),
    ...mentioned.map((e) => toEvent(e, 'mentioned', false, ctx, places)),
  ];
}
