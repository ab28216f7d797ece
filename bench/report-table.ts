// The printed form of the results: one aligned row per figure, "not measured" for a figure that
// could not be taken.
import type { BenchResult } from './bench-result.ts';

export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'not measured';
  return value.toLocaleString('en', { maximumFractionDigits: 2 });
}

export function formatTable(results: readonly BenchResult[]): string {
  const header = ['figure', 'value', 'unit', 'target', 'meets'];
  const rows = results.map((r) => [
    r.name,
    formatValue(r.value),
    r.unit,
    r.target,
    r.meets ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, c) =>
    Math.max(h.length, ...rows.map((row) => (row[c] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (c === 1 ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
