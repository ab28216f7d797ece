// The shape of data/ingest-report.json (documented in docs/data.md). Every input file gets an
// entry, with the events it gave and every doubt (warning) or failure (error) about it.
import type { EventRole } from '../event.ts';
import type { GeocodeCandidate } from '../geocode/geocode-result.ts';

export type IssueCode =
  // file errors: the file (or record) gave no article
  | 'unreadable'
  | 'too-large'
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'invalid-json'
  | 'invalid-record'
  | 'invalid-metadata'
  | 'invalid-overrides'
  // file warnings
  | 'unsupported'
  | 'format'
  | 'decoded'
  | 'truncated'
  | 'metadata'
  | 'published'
  | 'no-event'
  | 'slow'
  // event warnings
  | 'undated'
  | 'unplaced'
  | 'ambiguous'
  | 'low-confidence'
  | 'extraction'
  | 'geocoding'
  | 'merged'
  | 'overridden'
  | 'override';

export interface ReportIssue {
  code: IssueCode;
  message: string;
  /** What to do about it; every error has one. */
  hint?: string;
  /** The record of a .json/.jsonl file the issue is about (`name.jsonl#3`). */
  article?: string;
  /** Id of the event the issue is about. */
  event?: string;
  /** For `ambiguous`: every place the name could be. */
  candidates?: GeocodeCandidate[];
}

export type FileFormat = 'txt' | 'md' | 'html' | 'json' | 'jsonl' | 'sources' | 'other';

export interface ReportEvent {
  id: string;
  name: string;
  role: EventRole;
  /** The record it came from, for .json/.jsonl files. */
  article?: string;
}

export interface FileReport {
  /** Path relative to the input folder, with `/` separators. */
  file: string;
  format: FileFormat;
  /** Encoding the text was decoded from; null when it could not be read as text. */
  encoding: string | null;
  bytes: number;
  /** `error`: no article could be read from the file; `warning`: read, with doubts. */
  status: 'ok' | 'warning' | 'error' | 'skipped';
  articles: number;
  events: ReportEvent[];
  warnings: ReportIssue[];
  errors: ReportIssue[];
}

export interface ReportTotals {
  files: number;
  files_with_errors: number;
  files_skipped: number;
  articles: number;
  /** Events as read from articles, before duplicates were merged. */
  events_extracted: number;
  /** Events in the dataset. */
  events: number;
  reported: number;
  mentioned: number;
  placed: number;
  unplaced: number;
  undated: number;
  /** Events that several articles reported (merged into one). */
  merged: number;
  overridden: number;
  warnings: number;
  errors: number;
}

export interface MergeReport {
  id: string;
  name: string;
  /** Each report of the event: the article and the name it used. */
  from: { article: string; name: string }[];
}

export interface OverrideReport {
  /** The overrides file as given, or null when none was used. */
  file: string | null;
  applied: { id: string; name: string; fields: string[]; reason: string | null }[];
  warnings: ReportIssue[];
  errors: ReportIssue[];
}

export interface IngestReport {
  totals: ReportTotals;
  files: FileReport[];
  merged: MergeReport[];
  overrides: OverrideReport;
}

const HINTS: Partial<Record<IssueCode, string>> = {
  unreadable: 'check that the file exists and is readable',
  'too-large': 'split it into one file per article',
  empty: 'add the article text, or remove the file',
  binary: 'save the article as .txt, .md, .html or .json text, or remove the file',
  encoding: 're-save the file as UTF-8',
  'invalid-json': 'fix the JSON at that position',
  'invalid-record':
    'give each record a "text" string (and optional "title", "published", "url", "outlet")',
  'invalid-metadata': 'fix sources.json; this folder was read without its metadata',
  'invalid-overrides': 'fix the overrides file; this run applied no override',
  unsupported: 'use .txt, .md, .html, .htm, .json or .jsonl',
  'no-event': 'check that the article reports an event, or correct it by hand',
  slow: 'check the file for very long lines or runs of one character, and report it with the file',
};

export function issue(
  code: IssueCode,
  message: string,
  extra: Omit<ReportIssue, 'code' | 'message' | 'hint'> = {},
): ReportIssue {
  // Keys in one fixed order, so the report is byte-identical from run to run.
  const out: ReportIssue = { code, message };
  const hint = HINTS[code];
  if (hint !== undefined) out.hint = hint;
  if (extra.article !== undefined) out.article = extra.article;
  if (extra.event !== undefined) out.event = extra.event;
  if (extra.candidates !== undefined) out.candidates = extra.candidates;
  return out;
}
