// The short human summary the CLI prints on stderr: counts, warnings by kind, and every error as
// "file: reason — what to do".
import type { IngestReport, ReportIssue } from './ingest-report.ts';

export function summaryText(report: IngestReport, reportPath: string): string {
  const t = report.totals;
  const lines = [
    `Ingest: ${t.files} ${plural(t.files, 'file')} (${t.files_with_errors} with errors, ${t.files_skipped} skipped), ` +
      `${t.articles} ${plural(t.articles, 'article')} → ${t.events} ${plural(t.events, 'event')} ` +
      `(${t.reported} reported, ${t.mentioned} mentioned; ${t.events_extracted} read before merging)`,
    `  placed ${t.placed}, unplaced ${t.unplaced}, undated ${t.undated}, merged ${t.merged}, overridden ${t.overridden}`,
    `  warnings ${t.warnings}${byCode(report)}, errors ${t.errors}`,
  ];
  const errors = [
    ...report.files.flatMap((f) => f.errors.map((e) => errorLine(e.article ?? f.file, e))),
    ...report.overrides.errors.map((e) => errorLine(report.overrides.file ?? 'overrides', e)),
  ];
  if (errors.length > 0) lines.push('Errors:', ...errors.map((e) => `  ${e}`));
  if (t.warnings + t.errors > 0) lines.push(`Details: ${reportPath}`);
  return `${lines.join('\n')}\n`;
}

function errorLine(where: string, error: ReportIssue): string {
  const message = error.message.startsWith(`${where}: `)
    ? error.message.slice(where.length + 2)
    : error.message;
  return `${where}: ${message}${error.hint === undefined ? '' : ` — ${error.hint}`}`;
}

function byCode(report: IngestReport): string {
  const counts = new Map<string, number>();
  const all = [...report.files.flatMap((f) => f.warnings), ...report.overrides.warnings];
  for (const w of all) counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
  if (counts.size === 0) return '';
  const parts = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ` (${parts.map(([code, n]) => `${code} ${n}`).join(', ')})`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
