// One article's text → the events it reports and the dated or placed events it mentions.
// Every rule here is general: nothing knows about a particular article or event.
import type { Article } from '../article.ts';
import { rankThemes, themesIn, type ThemeSection } from '../themes.ts';
import { analyseSentence, type AnalysedSentence } from './analyse-sentence.ts';
import { bindSentences, type Bindings } from './bindings.ts';
import { isValidDate, parseIso, toIso } from './calendar.ts';
import { datelineIso, readDateline, type Dateline } from './dateline.ts';
import { decideDate } from './decide-date.ts';
import { decidePlace, type PlaceDecision } from './decide-place.ts';
import { addPronounRefs, buildEntities, type Entity } from './entities.ts';
import { decideFormat, formatSignals, mergeSignals } from './event-format.ts';
import type { SeriesIndex } from './event-series.ts';
import { datesAfterStatus, decideStatus } from './event-status.ts';
import { chooseRoles, rankEntities } from './event-roles.ts';
import type { ExtractedEvent } from './extracted-event.ts';
import { readHeader } from './headline.ts';
import { eventYearIn } from './founding-years.ts';
import { findOrganisers } from './organisers.ts';
import { withEventNames } from './extra-names.ts';
import { findParticipantCounts, pickParticipants } from './participants.ts';
import { articlePlaces, type ArticlePlace } from './place-context.ts';
import { readPublished, topDateLine } from './published-date.ts';
import { byPosition } from './references.ts';
import { isListLine } from './roundup.ts';
import { fillFromSeries } from './series-fill.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { dateFromUrl } from './url-date.ts';

const NAME_WEIGHT = 3;
const TITLE_WEIGHT = 2;
const MAX_EVIDENCE = 400;

interface Context {
  sentences: AnalysedSentence[];
  bindings: Bindings;
  published: string | null;
  title: string;
  dateline: Dateline | null;
  /** Paragraph of each sentence position (headline -1), for weekdays dated by a nearby date. */
  paragraphs: number[];
  places: ArticlePlace[];
  /** Doubts about the article as a whole, repeated on each of its events. */
  warnings: string[];
  themeCache: Map<AnalysedSentence, ReadonlySet<string>>;
}

function bestForm(e: Entity): string {
  const score = (f: string): number =>
    f.split(/\s+/).length +
    (/\b(?:19|20)\d{2}\b/.test(f) ? 2 : 0) +
    (/\(/.test(f) ? 1 : 0) +
    (/^\p{Ll}/u.test(f) ? 1 : 0);
  let best = e.forms[0] ?? '';
  for (const f of e.forms) if (score(f) > score(best)) best = f;
  return best.charAt(0).toUpperCase() + best.slice(1);
}

function evidence(text: string | null): string | null {
  if (text === null) return null;
  return text.length <= MAX_EVIDENCE ? text : `${text.slice(0, MAX_EVIDENCE - 1)}…`;
}

/** Takes the dateline off the first paragraph, so "HANGZHOU, Sept. 23 (Xinhua) --" is not read as a name. */
function splitDateline(body: string): { body: string; dateline: Dateline | null } {
  const lines = body.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const dateline = first < 0 ? null : readDateline((lines[first] ?? '').trim());
  if (dateline === null) return { body, dateline: null };
  lines[first] = dateline.rest;
  return { body: lines.join('\n'), dateline };
}

/** "NANNING, March 12 (Xinhua)" dates an undated article once a year is found in its headline or lead. */
function datelinePublished(dateline: Dateline | null, lead: string): string | null {
  const d = dateline?.date;
  if (d?.month == null || d.day === null) return null;
  const year = d.year ?? eventYearIn(lead) ?? NaN;
  return Number.isInteger(year) && isValidDate(year, d.month, d.day)
    ? toIso(year, d.month, d.day)
    : null;
}

function ownSentences(e: Entity, ctx: Context, isMain: boolean): AnalysedSentence[] {
  const positions = new Set(ctx.bindings.sentencesOf.get(e.id) ?? []);
  if (isMain) for (const p of ctx.bindings.unattributed) positions.add(p);
  return [...positions].sort((a, b) => a - b).flatMap((p) => ctx.sentences[p] ?? []);
}

function themeSections(
  name: string,
  role: 'reported' | 'mentioned',
  own: AnalysedSentence[],
  ctx: Context,
): ThemeSection[] {
  const sections: ThemeSection[] = [{ text: name, weight: NAME_WEIGHT, aboutEvent: true }];
  const section = (s: AnalysedSentence, weight: number, aboutEvent: boolean): ThemeSection => {
    let found = ctx.themeCache.get(s);
    if (found === undefined) {
      found = themesIn(s.text);
      ctx.themeCache.set(s, found);
    }
    return { text: s.text, weight, aboutEvent, found };
  };
  if (role === 'mentioned') {
    for (const s of own) sections.push(section(s, 1, true));
    return sections;
  }
  const ownSet = new Set(own);
  const [title, ...body] = ctx.sentences;
  if (title !== undefined) sections.push(section(title, TITLE_WEIGHT, true));
  for (const s of body) sections.push(section(s, 1, ownSet.has(s) && s.tense !== 'future'));
  return sections;
}

function fromDateline(dateline: Dateline): PlaceDecision {
  return {
    place: dateline.city,
    context: dateline.region === null ? [] : [dateline.region],
    evidence: null,
    placedByText: false,
    warnings: ['place taken from the dateline'],
  };
}

function toEvent(
  e: Entity,
  role: 'reported' | 'mentioned',
  isMain: boolean,
  ctx: Context,
): ExtractedEvent {
  const name = bestForm(e);
  const { sentences, bindings, published } = ctx;
  const dateline = datelineIso(ctx.dateline?.date ?? null, published, ctx.title);
  const { paragraphs } = ctx;
  const text = decideDate({
    entity: e.id,
    sentences,
    bindings,
    published,
    paragraphs,
    dateline,
    fallbackYear: e.year,
  });
  const own = ownSentences(e, ctx, isMain);
  const status = decideStatus({ own, published, ...text, fallbackYear: e.year });
  const date = datesAfterStatus(text, status);
  const signals = mergeSignals(own.map((s) => formatSignals(s.text)));
  let place = decidePlace(e, sentences, bindings, ctx.places);
  const format =
    role === 'mentioned' && !place.placedByText && !signals.online && !signals.onlineOnly
      ? null
      : decideFormat(signals, place.placedByText);
  if (place.place === null && isMain && ctx.dateline !== null && format !== 'online') {
    place = fromDateline(ctx.dateline);
  }
  const participants = pickParticipants(own.flatMap((s) => findParticipantCounts(s.text)));
  return {
    name,
    role,
    start: date.start,
    end: date.end,
    date_precision: date.precision,
    place: place.place,
    placeContext: place.context,
    themes: rankThemes(themeSections(name, role, own, ctx)),
    format,
    status: status.status,
    participants: participants?.count ?? null,
    participants_text: participants?.text ?? null,
    organisers: [...new Set(own.flatMap((s) => findOrganisers(s.text)))],
    evidence: { date: evidence(date.evidence), place: evidence(place.evidence) },
    warnings: [
      ...new Set([
        ...ctx.warnings,
        ...(e.warnings ?? []),
        ...date.warnings,
        ...status.warnings,
        ...place.warnings,
      ]),
    ],
  };
}

/** News articles are far shorter; past this, only the beginning is read (it carries the event). */
export const MAX_TEXT_CHARS = 60_000;

interface ArticleParts {
  title: string;
  published: string | null;
  body: Sentence[];
  dateline: Dateline | null;
  warnings: string[];
}

function cutLongText(body: string, warnings: string[]): string {
  if (body.length <= MAX_TEXT_CHARS) return body;
  warnings.push(`text longer than ${MAX_TEXT_CHARS} characters: only the beginning was read`);
  const lineEnd = body.lastIndexOf('\n', MAX_TEXT_CHARS);
  return body.slice(0, lineEnd > 0 ? lineEnd : MAX_TEXT_CHARS);
}

/** Headline, publication date, dateline and body sentences, metadata first, then the text's own. */
function readArticle(article: Article): ArticleParts {
  const warnings: string[] = [];
  const header = readHeader(article.text.slice(0, MAX_TEXT_CHARS * 2));
  const title = article.title ?? header.title ?? '';
  const { body: text, dateline } = splitDateline(cutLongText(header.body, warnings));
  const body = splitSentences(text).filter((s) => s.kind === 'text' || isListLine(s.text));
  let published = article.published ?? header.published;
  if (published !== null && parseIso(published) === null) {
    const read = readPublished(published, title);
    warnings.push(read.warning);
    published = read.published;
  }
  const fromUrl = published === null ? dateFromUrl(article.url) : null;
  if (fromUrl !== null) warnings.push(`publication date ${fromUrl} read from the page address`);
  published ??= fromUrl;
  if (published === null) {
    published = datelinePublished(dateline, `${title} ${body[0]?.text ?? ''}`);
    if (published !== null) warnings.push(`publication date ${published} read from the dateline`);
  }
  const dateLine = published === null ? topDateLine(article.text, title) : null;
  if (dateLine !== null) warnings.push(dateLine.warning);
  published ??= dateLine?.published ?? null;
  return { title, published, body, dateline, warnings };
}

export interface ExtractOptions {
  /** Known event series (data/event-series.json): more names found, omitted places filled. */
  series?: SeriesIndex | null;
}

export function extractEvents(article: Article, options: ExtractOptions = {}): ExtractedEvent[] {
  const { title, published, body, dateline, warnings } = readArticle(article);
  const series = options.series ?? null;
  const sentences = withEventNames(
    [analyseSentence(title, -1), ...body.map((s) => analyseSentence(s.text, s.index))],
    series,
  );
  const { entities, unresolved } = buildEntities(sentences);
  // "The event", "the gathering": once the main event is known, they refer to it.
  const main = rankEntities(entities, bindSentences(sentences, entities))[0];
  if (main !== undefined) main.refs = [...main.refs, ...unresolved].sort(byPosition);
  addPronounRefs(sentences, entities);
  const bindings = bindSentences(sentences, entities);
  const future = new Set(sentences.flatMap((s, pos) => (s.tense === 'future' ? [pos] : [])));
  const { reported, mentioned } = chooseRoles(rankEntities(entities, bindings), bindings, future);
  const ctx: Context = {
    sentences,
    bindings,
    published,
    title,
    dateline,
    paragraphs: [-1, ...body.map((s) => s.paragraph)],
    places: articlePlaces(sentences, dateline?.city ?? null),
    warnings,
    themeCache: new Map(),
  };
  return [
    ...reported.map((e, i) => toEvent(e, 'reported', i === 0, ctx)),
    ...mentioned.map((e) => toEvent(e, 'mentioned', false, ctx)),
  ].map((e) => fillFromSeries(e, series));
}
