// The report as JSON text: laid out as JSON.stringify(report, null, 2) would, except that a long
// list is written one compact entry per line. Tens of thousands of records of one event would
// otherwise take five lines each, and the report of a large corpus would outgrow the corpus.

/** Lists longer than this are written one entry per line. */
export const LONG_LIST = 100;

export function reportJson(report: unknown): string {
  return `${write(report, '')}\n`;
}

function write(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const compact = value.length > LONG_LIST;
    const items = value.map((v: unknown) => inner + (compact ? text(v) : write(v, inner)));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const items = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner)}`);
    return `{\n${items.join(',\n')}\n${indent}}`;
  }
  return text(value);
}

/** A value on one line. */
function text(value: unknown): string {
  return JSON.stringify(value);
}
