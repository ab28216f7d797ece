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
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw);
    if (heading !== null) {
      const text = inline(heading[1] ?? '');
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
  if (/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)) return null;
  const unquoted = line.replace(/^\s*(>\s?)+/, '');
  const unlisted = unquoted.replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '');
  const cells = unlisted.includes('|')
    ? unlisted.replace(/^\s*\||\|\s*$/g, '').replace(/\s*\|\s*/g, '  ')
    : unlisted;
  return inline(cells).trim();
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
