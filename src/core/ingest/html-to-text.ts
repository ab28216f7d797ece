// An HTML news page → its article text and the metadata publishers put in <head>. Regex-based on
// purpose: the core runs without a DOM, and news pages only need their blocks and metadata.
import { decodeEntities } from './html-entities.ts';

export interface HtmlArticle {
  title: string | null;
  /** The raw date value found (meta or <time>), not yet validated. */
  published: string | null;
  url: string | null;
  outlet: string | null;
  text: string;
}

const DROPPED = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'footer',
  'aside',
  'form',
  'iframe',
  'button',
  'select',
  'head',
];
const PARAGRAPH =
  /<\/?(?:p|h[1-6]|blockquote|pre|table|ul|ol|dl|figure|section|article|main|header)\b[^<>]{0,10000}>/gi;
const LINE =
  /<(?:br|hr)\b[^<>]{0,10000}>|<\/?(?:div|li|tr|dd|dt|figcaption|caption|td|th)\b[^<>]{0,10000}>/gi;

const DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'date',
];

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), if any. */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  let head = '';
  const n = Math.min(bytes.length, 2048);
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i] ?? 0);
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i.exec(head);
  return match?.[1] ?? null;
}

export function htmlToArticle(html: string): HtmlArticle {
  const page = escapeInsideTags(dropComments(html));
  const meta = readMeta(page);
  const headTitle = firstInner(page, 'title');

  let body = page;
  for (const tag of DROPPED) body = dropElements(body, tag);
  const content = pickContent(body);
  const h1 = firstInner(content, 'h1');

  return {
    title:
      meta.get('og:title') ??
      inlineText(h1) ??
      (headTitle === undefined ? null : trimSiteName(inlineText(headTitle))),
    published: firstOf(meta, DATE_KEYS) ?? jsonLdDate(page) ?? timeDate(content),
    url: linkHref(page, 'canonical') ?? meta.get('og:url') ?? null,
    outlet: meta.get('og:site_name') ?? meta.get('application-name') ?? null,
    text: blockText(content),
  };
}

function readMeta(page: string): Map<string, string> {
  const meta = new Map<string, string>();
  for (const [tag] of page.matchAll(/<meta\b[^<>]{0,10000}>/gi)) {
    const attrs = readAttributes(tag);
    const key = attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop');
    const value = attrs.get('content');
    if (key === undefined || value === undefined) continue;
    const cleaned = collapse(decodeEntities(value));
    if (cleaned !== '' && !meta.has(key.toLowerCase())) meta.set(key.toLowerCase(), cleaned);
  }
  return meta;
}

function readAttributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const match of tag.matchAll(/([a-z_:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
    const name = match[1];
    if (name !== undefined) attrs.set(name.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}

function firstOf(meta: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value !== undefined) return value;
  }
  return null;
}

function jsonLdDate(page: string): string | null {
  return /"datePublished"\s*:\s*"([^"]+)"/.exec(page)?.[1] ?? null;
}

function timeDate(content: string): string | null {
  const tag = /<time\b[^<>]{0,10000}>/i.exec(content)?.[0];
  return tag === undefined ? null : (readAttributes(tag).get('datetime') ?? null);
}

function linkHref(page: string, rel: string): string | null {
  for (const [tag] of page.matchAll(/<link\b[^<>]{0,10000}>/gi)) {
    const attrs = readAttributes(tag);
    if (attrs.get('rel')?.toLowerCase() === rel) return attrs.get('href') ?? null;
  }
  return null;
}

/** The largest <article>, else <main>, else <body>: site chrome outside them is not the story. */
function pickContent(body: string): string {
  const articles = elements(body, 'article').map((e) => body.slice(e.inner, e.innerEnd));
  if (articles.length > 0) return articles.reduce((a, b) => (b.length > a.length ? b : a));
  return firstInner(body, 'main') ?? firstInner(body, 'body') ?? body;
}

interface Span {
  start: number;
  inner: number;
  innerEnd: number;
  end: number;
}

interface Tag {
  name: string;
  closing: boolean;
  start: number;
  end: number;
}

/** Where a tag's text may run before its `>`; past it, `<` starts no tag. */
const MAX_TAG = 10_000;
/** Elements whose text is not markup: a `<svg>` in a script is not an element. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const TAG_NAME = /<(\/?)([a-z][a-z0-9-]*)/iy;

/**
 * Every tag of the page in order, in one forward pass: quoted attribute values are skipped (a
 * `<svg>` inside `data-icon="…"` is no tag), and raw-text elements are jumped to their end.
 */
function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let gt = -1;
  for (let i = html.indexOf('<'); i !== -1;) {
    TAG_NAME.lastIndex = i;
    const m = TAG_NAME.exec(html);
    // The next `>` is looked up once for all the `<` before it: a page of `<` stays linear.
    if (m !== null && gt !== -2 && gt < TAG_NAME.lastIndex) {
      gt = html.indexOf('>', TAG_NAME.lastIndex);
      if (gt === -1) gt = -2;
    }
    const near = gt >= 0 && gt - i <= MAX_TAG;
    const end = m === null || !near ? -1 : tagEnd(html, TAG_NAME.lastIndex, gt);
    if (m === null || end === -1) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const name = (m[2] ?? '').toLowerCase();
    const closing = m[1] === '/';
    tags.push({ name, closing, start: i, end });
    let next = end;
    if (!closing && RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}\\s*>`, 'gi');
      close.lastIndex = end;
      const c = close.exec(html);
      if (c !== null) tags.push({ name, closing: true, start: c.index, end: close.lastIndex });
      next = c === null ? html.length : close.lastIndex;
    }
    i = html.indexOf('<', next);
  }
  return tags;
}

/** The index after a tag's `>`, quotes after `=` skipped; `gt` is the first `>` after `from`. */
function tagEnd(html: string, from: number, gt: number): number {
  const limit = Math.min(html.length, from + MAX_TAG);
  let quote = '';
  for (let j = from; j < limit; j++) {
    const c = html[j];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '>') {
      return j + 1;
    } else if ((c === '"' || c === "'") && /=\s*$/.test(html.slice(Math.max(from, j - 20), j))) {
      quote = c;
    }
  }
  // An unclosed quote: the tag ends at its first `>` after all, as the regex reading had it.
  return gt + 1;
}

/**
 * Every <tag>…</tag>, found in one forward pass, so that no page, however broken, costs more than
 * linear time: lazy regexes over unclosed tags are quadratic. An element that is never closed runs
 * to the end of the page when `unclosed` is 'to-end' (an unclosed <article> is the story);
 * otherwise only its opening tag goes, so an unclosed <nav> or <head> does not swallow the page.
 */
function elements(html: string, tag: string, unclosed: 'to-end' | 'tag-only' = 'to-end'): Span[] {
  const open = new RegExp(`<${tag}\\b[^<>]{0,10000}>`, 'gi');
  const close = new RegExp(`</${tag}\\s*>`, 'gi');
  const spans: Span[] = [];
  // Once no close follows, none follows any later open either: one search, not one per open.
  let closed = true;
  for (let m = open.exec(html); m !== null; m = open.exec(html)) {
    close.lastIndex = open.lastIndex;
    const c: RegExpExecArray | null = closed ? close.exec(html) : null;
    closed = c !== null;
    if (c === null && unclosed === 'tag-only') {
      const end = open.lastIndex;
      spans.push({ start: m.index, inner: end, innerEnd: end, end });
      continue;
    }
    const end = c === null ? html.length : close.lastIndex;
    spans.push({ start: m.index, inner: open.lastIndex, innerEnd: c?.index ?? html.length, end });
    if (c === null) break;
    open.lastIndex = end;
  }
  return spans;
}

/**
 * The page with `<` and `>` inside tags (in quoted attribute values) written as entities, so the
 * readings below, which take `<svg` anywhere for a tag, never find one in `data-icon="<svg …>"`.
 */
function escapeInsideTags(html: string): string {
  let out = '';
  let from = 0;
  for (const t of scanTags(html)) {
    const inner = html.slice(t.start + 1, t.end - 1);
    if (!inner.includes('<') && !inner.includes('>')) continue;
    out += `${html.slice(from, t.start)}<${inner.replaceAll('<', '&lt;').replaceAll('>', '&gt;')}>`;
    from = t.end;
  }
  return out + html.slice(from);
}

function firstInner(html: string, tag: string): string | undefined {
  const span = elements(html, tag)[0];
  return span === undefined ? undefined : html.slice(span.inner, span.innerEnd);
}

function dropElements(html: string, tag: string): string {
  let out = '';
  let from = 0;
  const unclosed = RAW_TEXT.has(tag) || tag === 'noscript' ? 'to-end' : 'tag-only';
  for (const span of elements(html, tag, unclosed)) {
    out += `${html.slice(from, span.start)}\n`;
    from = span.end;
  }
  return out + html.slice(from);
}

function dropComments(html: string): string {
  let out = '';
  let from = 0;
  for (let start = html.indexOf('<!--'); start !== -1; start = html.indexOf('<!--', from)) {
    const close = html.indexOf('-->', start + 4);
    out += html.slice(from, start);
    from = close === -1 ? html.length : close + 3;
  }
  return out + html.slice(from);
}

function blockText(html: string): string {
  // Source line breaks are plain spaces in HTML; only block tags break lines.
  const marked = html
    .replace(/\s+/g, ' ')
    .replace(PARAGRAPH, '\n\n')
    .replace(LINE, '\n')
    .replace(/<[^<>]{0,10000}>/g, '');
  return decodeEntities(marked)
    .split('\n')
    .map((line) => collapse(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function inlineText(html: string | undefined): string | null {
  if (html === undefined) return null;
  const text = collapse(decodeEntities(html.replace(/<[^<>]{0,10000}>/g, ' ')));
  return text === '' ? null : text;
}

/** "Story headline | Outlet" → "Story headline", when the last segment is the shorter one. */
function trimSiteName(title: string | null): string | null {
  if (title === null) return null;
  const parts = title.split(/\s+[|–—_-]\s+/);
  const last = parts.at(-1) ?? '';
  if (parts.length < 2 || last.length * 2 > title.length) return title;
  return title.slice(0, title.length - last.length).replace(/\s+[|–—_-]\s+$/, '');
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
