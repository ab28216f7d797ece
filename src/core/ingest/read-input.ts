// The files of an input folder → articles ready for extraction, and one report entry per file.
// Pure: the CLI hands over the bytes (or why it could not read them).
import type { Article } from '../article.ts';
import { decodeText } from './decode-text.ts';
import { articleDrafts, count, formatOf } from './file-articles.ts';
import type { ArticleDraft } from './file-articles.ts';
import { sniffHtmlCharset } from './html-to-text.ts';
import { issue } from './ingest-report.ts';
import type { FileFormat, FileReport } from './ingest-report.ts';
import { INPUT_LIMITS } from './input-limits.ts';
import { readSources, SOURCES_FILE } from './sources-metadata.ts';
import type { SourceMetadata } from './sources-metadata.ts';

export interface InputFile {
  /** Path relative to the input folder, with `/` separators. */
  path: string;
  size: number;
  /** Null when the file was not read: too large, or unreadable (`readError`). */
  bytes: Uint8Array | null;
  readError: string | null;
}

export interface ReadInput {
  articles: Article[];
  /** One entry per input file, sorted by path; `events` still empty. */
  files: FileReport[];
  /** Which file each article came from (article.file → FileReport.file). */
  fileOfArticle: Map<string, string>;
}

export function readInput(inputs: readonly InputFile[]): ReadInput {
  const sorted = [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files: FileReport[] = [];
  const articles: Article[] = [];
  const fileOfArticle = new Map<string, string>();
  const metadata = readFolderMetadata(sorted, files);

  for (const input of sorted) {
    const format = formatOf(input.path);
    if (format === 'sources') continue;
    const report = newReport(input, format);
    files.push(report);
    const folder = folderOf(input.path);
    const meta = metadata.get(folder)?.get(input.path.slice(folder.length)) ?? null;
    for (const article of readFile(input, report, meta)) {
      articles.push(article);
      fileOfArticle.set(article.file, input.path);
      report.articles++;
    }
  }
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { articles, files, fileOfArticle };
}

/** Reads every folder's sources.json, keyed by folder prefix ("" or "2023/"). */
function readFolderMetadata(
  inputs: readonly InputFile[],
  files: FileReport[],
): Map<string, Map<string, SourceMetadata>> {
  const byFolder = new Map<string, Map<string, SourceMetadata>>();
  const present = new Set(inputs.map((i) => i.path));
  for (const input of inputs) {
    if (formatOf(input.path) !== 'sources') continue;
    const report = newReport(input, 'sources');
    files.push(report);
    const text = readable(input, report);
    if (text === null) continue;
    const sources = readSources(text);
    if (sources.error !== null) {
      report.errors.push(issue('invalid-metadata', `${SOURCES_FILE}: ${sources.error}`));
      continue;
    }
    const folder = folderOf(input.path);
    for (const warning of sources.warnings) report.warnings.push(issue('metadata', warning));
    for (const name of sources.entries.keys()) {
      if (!present.has(folder + name)) {
        report.warnings.push(issue('metadata', `entry "${name}" names no file in this folder`));
      }
    }
    byFolder.set(folder, sources.entries);
  }
  return byFolder;
}

function readFile(input: InputFile, report: FileReport, meta: SourceMetadata | null): Article[] {
  if (report.format === 'other') {
    report.status = 'skipped';
    report.warnings.push(issue('unsupported', 'not an article format: skipped'));
    return [];
  }
  const text = readable(input, report);
  if (text === null) return [];
  if (
    (report.format === 'txt' || report.format === 'md') &&
    /^\s*<(?:!doctype html|html)\b/i.test(text)
  ) {
    report.warnings.push(issue('format', `an HTML page in a .${report.format} file: read as HTML`));
    report.format = 'html';
  }
  const drafts = articleDrafts(input.path, report, text);
  return drafts.flatMap((draft) => {
    const article = finishArticle(draft, report, meta);
    return article === null ? [] : [article];
  });
}

/** Decoded text of a file, or null with the reason in the report. */
function readable(input: InputFile, report: FileReport): string | null {
  if (input.readError !== null) {
    report.errors.push(issue('unreadable', `cannot read the file: ${input.readError}`));
    return null;
  }
  if (input.bytes === null || input.size > INPUT_LIMITS.maxFileBytes) {
    const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
    report.errors.push(
      issue(
        'too-large',
        `file is ${mb(input.size)}, over the ${mb(INPUT_LIMITS.maxFileBytes)} limit: not read`,
      ),
    );
    return null;
  }
  const charset = report.format === 'html' ? sniffHtmlCharset(input.bytes) : null;
  const decoded = decodeText(input.bytes, charset);
  report.encoding = decoded.encoding;
  for (const warning of decoded.warnings) report.warnings.push(issue('decoded', warning));
  if (decoded.error !== null) {
    report.errors.push(issue(decoded.error.code, decoded.error.message));
    return null;
  }
  return decoded.text;
}

function finishArticle(
  draft: ArticleDraft,
  report: FileReport,
  meta: SourceMetadata | null,
): Article | null {
  let text = draft.text.trim();
  const where = draft.file === report.file ? {} : { article: draft.file };
  if (text === '') {
    report.errors.push(issue('empty', 'no article text found', where));
    return null;
  }
  if (text.length > INPUT_LIMITS.maxArticleChars) {
    const cut = text.lastIndexOf('\n\n', INPUT_LIMITS.maxArticleChars);
    const end = cut > INPUT_LIMITS.maxArticleChars / 2 ? cut : INPUT_LIMITS.maxArticleChars;
    report.warnings.push(
      issue(
        'truncated',
        `text is ${count(text.length)} characters; only the first ${count(end)} were read`,
        where,
      ),
    );
    text = text.slice(0, end);
  }
  // A JSON record carries its own metadata, which wins over the per-file sources.json entry.
  const isRecord = report.format === 'json' || report.format === 'jsonl';
  const pick = (own: string | null, fromMeta: string | null | undefined): string | null =>
    isRecord ? (own ?? fromMeta ?? null) : (fromMeta ?? own);
  const published = pick(draft.published, meta?.published);
  if (
    meta?.published != null &&
    draft.published !== null &&
    meta.published !== draft.published &&
    !isRecord
  ) {
    report.warnings.push(
      issue(
        'published',
        `${SOURCES_FILE} dates it ${meta.published}, the text ${draft.published}: ${meta.published} used`,
        where,
      ),
    );
  }
  return {
    file: draft.file,
    title: draft.title,
    text,
    published,
    url: pick(draft.url, meta?.url),
    outlet: pick(draft.outlet, meta?.outlet),
  };
}

function newReport(input: InputFile, format: FileFormat): FileReport {
  return {
    file: input.path,
    format,
    encoding: null,
    bytes: input.size,
    status: 'ok',
    articles: 0,
    events: [],
    warnings: [],
    errors: [],
  };
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}
