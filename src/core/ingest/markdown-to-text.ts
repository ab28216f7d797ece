// Markdown → plain text the extractor can read, with the title and date that front matter or a
// leading `# heading` give.

export interface MarkdownArticle {
  title: string | null;
  /** Raw `date:`/`published:` value from front matter, not yet validated. */
  published: string | null;
  text: string;
}

export function markdownToArticle(markdown: string): MarkdownArticle {
  const { fields, rest } = splitFrontMatter(markdown);
  let title = fields.get('title') ?? null;
  const lines: string[] = [];
  let fenced = false;
  for (const raw of rest.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      lines.push(raw);
      continue;
    }
    const heading = headingText(raw);
    if (heading !== null) {
      const text = inline(heading);
      if (title === null && lines.every((l) => l.trim() === '')) title = text;
      lines.push(text, '');
      continue;
    }
    const line = block(raw);
    if (line !== null) lines.push(line);
  }
  const text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { title, published: fields.get('date') ?? fields.get('published') ?? null, text };
}

function splitFrontMatter(markdown: string): { fields: Map<string, string>; rest: string } {
  const fields = new Map<string, string>();
  const match = /^---\n([\s\S]*?)\n---\s*\n/.exec(markdown);
  if (match === null) return { fields, rest: markdown };
  for (const line of (match[1] ?? '').split('\n')) {
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.+)$/.exec(line);
    if (field?.[1] !== undefined && field[2] !== undefined) {
      fields.set(field[1].toLowerCase(), field[2].trim().replace(/^(["'])(.*)\1$/, '$2'));
    }
  }
  return { fields, rest: markdown.slice(match[0].length) };
}

/** A line of plain text, or null for lines that are pure markup (rules, link definitions). */
function block(line: string): string | null {
  if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) return '';
  if (/^\s*\[[^\]]+\]:\s*\S+/.test(line)) return null;
  // Each run of spaces has one way to match, so a long run cannot make the test quadratic.
  if (/^\s*\|?\s*:?-{3,}:?(?:\s*\|\s*:?-{3,}:?)*(?:\s*\|)?\s*$/.test(line)) return null;
  const unquoted = line.replace(/^\s*(>\s?)+/, '');
  const unlisted = unquoted.replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '');
  const cells = unlisted.includes('|')
    ? joinCells(unlisted.replace(/^\s*\||\|\s*$/g, '').split('|'))
    : unlisted;
  return inline(cells).trim();
}

/**
 * The text of an ATX heading (`## Title ##`), or null. Written without a regex over the whole
 * line, whose lazy text and optional closing hashes made a long line of spaces quadratic.
 */
function headingText(line: string): string | null {
  const open = /^\s{0,3}#{1,6}\s/.exec(line);
  if (open === null) return null;
  const text = line.slice(open[0].length).trimEnd().replace(/#+$/, '').trim();
  return /[\n\r\u2028\u2029]/.test(text) ? null : text;
}

/** Table cells joined by two spaces, the spaces around each `|` dropped. */
function joinCells(cells: string[]): string {
  const last = cells.length - 1;
  return cells
    .map((cell, i) => {
      const left = i > 0 ? cell.trimStart() : cell;
      return i < last ? left.trimEnd() : left;
    })
    .join('  ');
}

function inline(text: string): string {
  return text
    .replace(/!\[[^\]]{0,1000}\]\([^)]{0,2000}\)/g, '')
    .replace(/\[([^\]]{0,1000})\]\([^)]{0,2000}\)/g, '$1')
    .replace(/\[([^\]]{0,1000})\]\[[^\]]{0,1000}\]/g, '$1')
    .replace(/<\/?[a-z][^>]{0,2000}>/gi, '')
    .replace(/`([^`]{0,2000})`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^*_]{0,2000}?\S)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=\S)([^*_]{0,2000}?\S)\2(?!\w)/g, '$1$3')
    .replace(/~~(.{0,2000}?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}
