// The whole ingest, pure: input files (bytes) + gazetteer + overrides → events and the report.
// Every article goes through extractEvents → geocode → a draft; drafts of one event are merged,
// given ids, corrected by overrides, and every doubt lands in the report under its file.
import type { Article } from '../article.ts';
import { extractEvents } from '../extract/extract-events.ts';
import type { SeriesIndex } from '../extract/event-series.ts';
import type { ExtractedEvent } from '../extract/extracted-event.ts';
import { unplaced } from '../geocode/geocode.ts';
import type { Gazetteer } from '../geocode/gazetteer.ts';
import type { GeocodeResult } from '../geocode/geocode-result.ts';
import { buildDraft } from './event-draft.ts';
import type { EventDraft } from './event-draft.ts';
import { assignIds } from './event-id.ts';
import { compareEvents } from './geojson-output.ts';
import type { OutputEvent } from './geojson-output.ts';
import { issue } from './ingest-report.ts';
import type { FileReport, IngestReport, OverrideReport, ReportIssue } from './ingest-report.ts';
import { mergeDrafts } from './merge-events.ts';
import { onlineUnplaced } from './online-place.ts';
import { placeEvent } from './place-event.ts';
import { applyOverrides, parseOverrides } from './overrides.ts';
import { guardSchema } from './schema-guard.ts';
import type { AppliedOverride } from './overrides.ts';
import { readInput } from './read-input.ts';
import type { InputFile } from './read-input.ts';

export interface IngestOptions {
  gazetteer: Gazetteer;
  /** Known event series (data/event-series.json), read by the caller; absent or null: none. */
  series?: SeriesIndex | null;
  /** The overrides file: its name (for messages) and text; null when there is none. */
  overrides: { file: string; text: string } | null;
  /** Called after each article, for a progress bar. */
  onProgress?: (done: number, total: number, article: string) => void;
  /** A clock in milliseconds (the CLI's performance.now): an article over SLOW_ARTICLE_MS is reported. */
  now?: () => number;
}

export interface IngestResult {
  /** Sorted as written to the GeoJSON. */
  events: OutputEvent[];
  report: IngestReport;
}

/** Below this a placed event is reported as low-confidence. */
export const LOW_CONFIDENCE = 0.5;

/** An article taking longer than this to read is named in the report, so it can be looked at. */
export const SLOW_ARTICLE_MS = 5_000;

/** Reports named in a merged event's warning; the report's `merged` list names them all. */
const MERGED_LISTED = 5;

export function runIngest(inputs: readonly InputFile[], options: IngestOptions): IngestResult {
  const { articles, files, fileOfArticle } = readInput(inputs);
  const byFile = new Map(files.map((f) => [f.file, f]));
  const reportOf = (article: string): FileReport | undefined => {
    const file = fileOfArticle.get(article);
    return file === undefined ? undefined : byFile.get(file);
  };

  const drafts: EventDraft[] = [];
  articles.forEach((article, index) => {
    const report = reportOf(article.file);
    const started = options.now?.() ?? 0;
    drafts.push(...draftsOf(article, options, report));
    const ms = (options.now?.() ?? 0) - started;
    if (ms > SLOW_ARTICLE_MS) {
      const seconds = (ms / 1000).toFixed(1);
      const where = withArticle(article.file, report);
      report?.warnings.push(
        issue(
          'slow',
          `took ${seconds} s to read (over ${String(SLOW_ARTICLE_MS / 1000)} s)`,
          where,
        ),
      );
    }
    options.onProgress?.(index + 1, articles.length, article.file);
  });

  const events = mergeDrafts(drafts);
  assignIds(events);
  const overrides = overrideEvents(events, options.overrides);
  for (const event of events) keepConsistent(event);
  const overridden = new Map(overrides.applied.map((a) => [a.id, a]));

  for (const event of [...events].sort(compareEvents)) {
    const p = event.properties;
    const warnings = eventWarnings(event, overridden.get(p.id));
    const seen = new Set<FileReport>();
    for (const source of p.sources) {
      const report = reportOf(source.file);
      if (report === undefined) continue;
      const article = source.file === report.file ? {} : { article: source.file };
      report.events.push({ id: p.id, name: p.name, role: p.role, ...article });
      if (seen.has(report)) continue;
      seen.add(report);
      report.warnings.push(...warnings);
    }
    for (const draftIssue of event.issues) {
      reportOf(draftIssue.article)?.warnings.push(
        issue(
          draftIssue.code,
          draftIssue.message,
          withArticle(draftIssue.article, reportOf(draftIssue.article), p.id),
        ),
      );
    }
  }
  for (const report of files) report.status = statusOf(report);

  const sorted = [...events].sort(compareEvents);
  return {
    events: sorted,
    report: {
      totals: totalsOf(files, sorted, drafts.length, articles.length, overrides),
      files,
      merged: sorted
        .filter((e) => e.mergedFrom.length > 1)
        .map((e) => ({ id: e.properties.id, name: e.properties.name, from: e.mergedFrom })),
      overrides,
    },
  };
}

function draftsOf(
  article: Article,
  { gazetteer, series = null }: IngestOptions,
  report: FileReport | undefined,
): EventDraft[] {
  const where = withArticle(article.file, report);
  let extracted: ExtractedEvent[];
  try {
    extracted = extractEvents(article, { series });
  } catch (error) {
    report?.errors.push(issue('extraction', `extraction failed: ${messageOf(error)}`, where));
    return [];
  }
  if (extracted.length === 0) {
    report?.warnings.push(issue('no-event', 'no event found in the text', where));
    return [];
  }
  return extracted.map((event) => {
    let place: GeocodeResult;
    try {
      place = onlineUnplaced(event) ?? placeEvent(event, article, gazetteer);
    } catch (error) {
      place = unplaced(`geocoding failed: ${messageOf(error)}`);
    }
    return buildDraft(article, event, place);
  });
}

function overrideEvents(events: EventDraft[], source: IngestOptions['overrides']): OverrideReport {
  const report: OverrideReport = {
    file: source?.file ?? null,
    applied: [],
    warnings: [],
    errors: [],
  };
  if (source === null) return report;
  const parsed = parseOverrides(source.text);
  if (parsed.error !== null) {
    report.errors.push(issue('invalid-overrides', `${source.file}: ${parsed.error}`));
    return report;
  }
  const outcome = applyOverrides(events, parsed.overrides);
  report.applied = outcome.applied;
  report.warnings = [...parsed.warnings, ...outcome.warnings].map((w) => issue('override', w));
  return report;
}

function eventWarnings(event: EventDraft, override: AppliedOverride | undefined): ReportIssue[] {
  const p = event.properties;
  const about = { event: p.id };
  const out: ReportIssue[] = [];
  const label = `"${p.name}"`;
  if (p.start === null) out.push(issue('undated', `${label}: no date found; kept undated`, about));
  if (event.coordinates === null) {
    const why =
      p.format === 'online'
        ? 'held online'
        : p.place === null
          ? 'no place named'
          : `place "${p.place}" not found in the gazetteer`;
    out.push(issue('unplaced', `${label}: ${why}; kept without a point`, about));
  } else if (p.confidence < LOW_CONFIDENCE) {
    out.push(
      issue(
        'low-confidence',
        `${label}: placed at ${p.geocoder ?? '?'} with low confidence ${p.confidence.toFixed(2)}`,
        about,
      ),
    );
  }
  if (event.candidates.length > 1) {
    const labels = event.candidates.map((c) => c.label).join('; ');
    out.push(
      issue(
        'ambiguous',
        `${label}: "${p.place ?? ''}" could be ${event.candidates.length} places (${labels}); chose ${p.geocoder ?? 'none'}`,
        {
          ...about,
          candidates: event.candidates,
        },
      ),
    );
  }
  if (event.mergedFrom.length > 1) {
    // Every file of the event gets this line: listing them all in each made the report n².
    const shown = event.mergedFrom.slice(0, MERGED_LISTED);
    const names = shown
      .map((m) => (m.name === p.name ? m.article : `${m.article} ("${m.name}")`))
      .join(', ');
    const more = event.mergedFrom.length - shown.length;
    const rest = more > 0 ? ` and ${more} more (all in the report's "merged" list)` : '';
    out.push(
      issue(
        'merged',
        `${label}: ${event.mergedFrom.length} reports of one event merged: ${names}${rest}`,
        about,
      ),
    );
  }
  if (override !== undefined) {
    const reason = override.reason === null ? '' : `: ${override.reason}`;
    out.push(
      issue('overridden', `${label}: ${override.fields.join(', ')} set by hand${reason}`, about),
    );
  }
  return out;
}

/**
 * Every value within the schema, and no precision without a value, whatever extraction or an
 * override said: readers rely on it. What had to be dropped is told under the event's article.
 */
function keepConsistent(event: EventDraft): void {
  const p = event.properties;
  const article = p.sources[0]?.file ?? '';
  for (const message of guardSchema(event)) {
    event.issues.push({ article, code: 'extraction', message: `"${p.name}": ${message}` });
  }
  if (p.start === null) p.date_precision = 'unknown';
  if (event.coordinates === null) p.location_precision = 'unknown';
}

function statusOf(report: FileReport): FileReport['status'] {
  if (report.status === 'skipped') return 'skipped';
  if (report.errors.length > 0 && report.articles === 0) return 'error';
  return report.errors.length + report.warnings.length > 0 ? 'warning' : 'ok';
}

function totalsOf(
  files: FileReport[],
  events: OutputEvent[],
  extracted: number,
  articles: number,
  overrides: OverrideReport,
): IngestReport['totals'] {
  const count = (test: (e: OutputEvent) => boolean): number => events.filter(test).length;
  return {
    files: files.length,
    files_with_errors: files.filter((f) => f.status === 'error').length,
    files_skipped: files.filter((f) => f.status === 'skipped').length,
    articles,
    events_extracted: extracted,
    events: events.length,
    reported: count((e) => e.properties.role === 'reported'),
    mentioned: count((e) => e.properties.role === 'mentioned'),
    placed: count((e) => e.coordinates !== null),
    unplaced: count((e) => e.coordinates === null),
    undated: count((e) => e.properties.start === null),
    merged: count((e) => e.properties.sources.length > 1),
    overridden: overrides.applied.length,
    warnings: files.reduce((n, f) => n + f.warnings.length, 0) + overrides.warnings.length,
    errors: files.reduce((n, f) => n + f.errors.length, 0) + overrides.errors.length,
  };
}

function withArticle(
  article: string,
  report: FileReport | undefined,
  event?: string,
): { article?: string; event?: string } {
  return {
    ...(report === undefined || report.file === article ? {} : { article }),
    ...(event === undefined ? {} : { event }),
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
