// One decoded file → its article drafts, by format: plain text with a header, Markdown, HTML,
// JSON or JSONL records. Metadata and size limits are applied after, in read-input.ts.
import { readHeader } from '../extract/headline.ts';
import type { ArticleHeader } from '../extract/headline.ts';
import { parseDateValue } from './date-value.ts';
import { htmlToArticle } from './html-to-text.ts';
import { issue } from './ingest-report.ts';
import type { FileFormat, FileReport } from './ingest-report.ts';
import { INPUT_LIMITS } from './input-limits.ts';
import { readJsonArticles, readJsonlArticles } from './json-articles.ts';
import type { RawRecord } from './json-articles.ts';
import { markdownToArticle } from './markdown-to-text.ts';
import { SOURCES_FILE } from './sources-metadata.ts';

/** An article as the file itself gives it, before sources.json metadata. */
export interface ArticleDraft {
  file: string;
  title: string | null;
  text: string;
  /** Date found in the file itself (text, meta, front matter, record). */
  published: string | null;
  url: string | null;
  outlet: string | null;
}

export function formatOf(path: string): FileFormat {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name === SOURCES_FILE) return 'sources';
  const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  if (ext === 'txt' || ext === 'text') return 'txt';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'json') return 'json';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  return 'other';
}

/** The articles of one file; what went wrong goes to its report. */
export function articleDrafts(path: string, report: FileReport, text: string): ArticleDraft[] {
  if (report.format === 'json' || report.format === 'jsonl') {
    const read =
      report.format === 'json' ? readJsonArticles(path, text) : readJsonlArticles(path, text);
    if (read.fileError !== null) {
      const code = read.fileError.startsWith('invalid JSON') ? 'invalid-json' : 'invalid-record';
      report.errors.push(issue(code, read.fileError));
    }
    for (const { ref, error } of read.errors) {
      const code = error.startsWith('invalid JSON') ? 'invalid-json' : 'invalid-record';
      report.errors.push(issue(code, `${ref}: ${error}`, { article: ref }));
    }
    return read.records.map((record) => fromRecord(record, report));
  }
  if (report.format === 'html') {
    let html = text;
    if (html.length > INPUT_LIMITS.maxHtmlChars) {
      report.warnings.push(
        issue(
          'truncated',
          `page is ${count(html.length)} characters; only the first ${count(INPUT_LIMITS.maxHtmlChars)} were read`,
        ),
      );
      html = html.slice(0, INPUT_LIMITS.maxHtmlChars);
    }
    const page = htmlToArticle(html);
    const header = readHeader(page.text);
    return [
      {
        file: path,
        title: page.title ?? header.title,
        text: bodyOf(header, page.text),
        published: checkedDate(page.published, 'the page metadata', report) ?? header.published,
        url: page.url,
        outlet: page.outlet,
      },
    ];
  }
  if (report.format === 'md') {
    const md = markdownToArticle(text);
    const header = readHeader(md.text);
    return [
      {
        file: path,
        title: md.title ?? header.title,
        text: bodyOf(header, md.text),
        published: checkedDate(md.published, 'the front matter', report) ?? header.published,
        url: null,
        outlet: null,
      },
    ];
  }
  const header = readHeader(text);
  return [
    {
      file: path,
      title: header.title,
      text: bodyOf(header, text),
      published: header.published,
      url: null,
      outlet: null,
    },
  ];
}

/** The text after the header lines; all of it when the header took every line (a one-liner). */
function bodyOf(header: ArticleHeader, text: string): string {
  return header.body === '' ? text : header.body;
}

function fromRecord(record: RawRecord, report: FileReport): ArticleDraft {
  const published = checkedDate(record.published, `record ${record.ref}`, report);
  const header = readHeader(record.text);
  return {
    file: record.ref,
    title: record.title ?? header.title,
    text: record.text,
    published: published ?? header.published,
    url: record.url,
    outlet: record.outlet,
  };
}

/** A raw date from metadata as YYYY-MM-DD, or null with a warning naming where it came from. */
function checkedDate(raw: string | null, where: string, report: FileReport): string | null {
  if (raw === null) return null;
  const date = parseDateValue(raw);
  if (date.error === null) return date.date;
  report.warnings.push(issue('published', `publication date in ${where}: ${date.error}: ignored`));
  return null;
}

export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}
