import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from './input-limits.ts';
import { readInput } from './read-input.ts';
import type { InputFile } from './read-input.ts';

function file(path: string, content: string | Uint8Array): InputFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { path, size: bytes.length, bytes, readError: null };
}

const WIRE =
  'Robot fair opens in Beijing\nPublished: Aug 16, 2023 07:43 PM\n\nThe World Robot Conference opened on Wednesday in Beijing.';

describe('readInput', () => {
  it('reads a text article: headline, date line and body', () => {
    const { articles } = readInput([file('wrc.txt', WIRE)]);
    expect(articles).toEqual([
      {
        file: 'wrc.txt',
        title: 'Robot fair opens in Beijing',
        text: 'The World Robot Conference opened on Wednesday in Beijing.',
        published: '2023-08-16',
        url: null,
        outlet: null,
      },
    ]);
  });

  it('lets sources.json metadata win over the date in the text, and says they disagree', () => {
    const sources = JSON.stringify({
      'wrc.txt': { published: '2023-08-17', outlet: 'Xinhua', url: 'https://x.cn/1', note: 'n' },
    });
    const { articles, files } = readInput([file('wrc.txt', WIRE), file('sources.json', sources)]);
    expect(articles[0]).toMatchObject({
      published: '2023-08-17',
      outlet: 'Xinhua',
      url: 'https://x.cn/1',
    });
    expect(files.find((f) => f.file === 'wrc.txt')?.warnings.map((w) => w.code)).toEqual([
      'published',
    ]);
  });

  it('keeps the date of the text when sources.json gives none', () => {
    const sources = JSON.stringify({ 'wrc.txt': { published: null, outlet: 'Xinhua' } });
    const { articles } = readInput([file('wrc.txt', WIRE), file('sources.json', sources)]);
    expect(articles[0]?.published).toBe('2023-08-16');
  });

  it('does not read sources.json as an article, but lists it', () => {
    const { articles, files } = readInput([file('sources.json', '{}'), file('a.txt', WIRE)]);
    expect(articles.map((a) => a.file)).toEqual(['a.txt']);
    expect(files.map((f) => [f.file, f.format])).toEqual([
      ['a.txt', 'txt'],
      ['sources.json', 'sources'],
    ]);
  });

  it('reports a malformed sources.json and reads the folder without metadata', () => {
    const { articles, files } = readInput([
      file('sources.json', '{"wrc.txt": {"outlet": "X",}}'),
      file('wrc.txt', WIRE),
    ]);
    expect(articles[0]).toMatchObject({ outlet: null, published: '2023-08-16' });
    const errors = files.find((f) => f.file === 'sources.json')?.errors;
    expect(errors?.[0]?.code).toBe('invalid-metadata');
    expect(errors?.[0]?.message).toMatch(/^sources\.json: invalid JSON at line 1, column 28/);
  });

  it('warns about a sources.json entry naming no file', () => {
    const { files } = readInput([file('sources.json', '{"gone.txt": {}}'), file('a.txt', WIRE)]);
    expect(files.find((f) => f.format === 'sources')?.warnings[0]?.message).toBe(
      'entry "gone.txt" names no file in this folder',
    );
  });

  it('applies a sources.json only to its own folder', () => {
    const { articles } = readInput([
      file('2023/wrc.txt', WIRE),
      file('2023/sources.json', '{"wrc.txt": {"outlet": "China Daily"}}'),
      file('wrc.txt', WIRE),
    ]);
    expect(articles.map((a) => [a.file, a.outlet])).toEqual([
      ['2023/wrc.txt', 'China Daily'],
      ['wrc.txt', null],
    ]);
  });

  it('processes files in sorted order whatever the listing order', () => {
    const { articles } = readInput([
      file('b.txt', WIRE),
      file('a.txt', WIRE),
      file('a/z.txt', WIRE),
    ]);
    expect(articles.map((a) => a.file)).toEqual(['a.txt', 'a/z.txt', 'b.txt']);
  });

  it('reads Markdown with front matter', () => {
    const md =
      '---\ntitle: Web Summit in Lisbon\ndate: 2023-11-13\n---\n\nThe **Web Summit** opened in Lisbon.';
    expect(readInput([file('ws.md', md)]).articles[0]).toMatchObject({
      title: 'Web Summit in Lisbon',
      published: '2023-11-13',
      text: 'The Web Summit opened in Lisbon.',
    });
  });

  it('reads an HTML page with its metadata', () => {
    const html =
      '<html><head><meta property="og:title" content="CES opens"><meta property="article:published_time" content="2024-01-09T08:00:00-08:00"><meta property="og:site_name" content="Tech Wire"></head><body><nav>Menu</nav><article><p>CES 2024 opened in Las Vegas on Tuesday.</p></article></body></html>';
    expect(readInput([file('ces.html', html)]).articles[0]).toEqual({
      file: 'ces.html',
      title: 'CES opens',
      text: 'CES 2024 opened in Las Vegas on Tuesday.',
      published: '2024-01-09',
      url: null,
      outlet: 'Tech Wire',
    });
  });

  it('reads an HTML page saved as .txt as HTML, with a warning', () => {
    const html =
      '<!DOCTYPE html><html><head><title>Expo</title></head><body><p>The Canton Fair opened in Guangzhou.</p></body></html>';
    const { articles, files } = readInput([file('saved.txt', html)]);
    expect(articles[0]?.text).toBe('The Canton Fair opened in Guangzhou.');
    expect(files[0]?.warnings[0]?.message).toBe('an HTML page in a .txt file: read as HTML');
  });

  it('reports an HTML page without article text as empty', () => {
    const { files } = readInput([
      file('nav.html', '<html><body><nav>Home</nav><script>x()</script></body></html>'),
    ]);
    expect(files[0]?.errors.map((e) => e.code)).toEqual(['empty']);
    expect(files[0]?.articles).toBe(0);
  });

  it('reads JSONL records, reporting a bad line and keeping the others', () => {
    const jsonl =
      '{"title":"A","text":"Expo in Chengdu."}\n{"title":\n{"title":"C","text":"Forum in Wuhan.","published":"2023-02-30"}\n';
    const { articles, files } = readInput([file('feed.jsonl', jsonl)]);
    expect(articles.map((a) => [a.file, a.published])).toEqual([
      ['feed.jsonl#1', null],
      ['feed.jsonl#3', null],
    ]);
    expect(files[0]?.errors.map((e) => [e.code, e.article])).toEqual([
      ['invalid-json', 'feed.jsonl#2'],
    ]);
    expect(files[0]?.warnings[0]?.message).toBe(
      'publication date in record feed.jsonl#3: "2023-02-30" is an impossible date: ignored',
    );
  });

  it('skips an unsupported file with a warning', () => {
    const { files, articles } = readInput([file('photo.jpg', 'x')]);
    expect(articles).toEqual([]);
    expect(files[0]).toMatchObject({ status: 'skipped', warnings: [{ code: 'unsupported' }] });
  });

  it('reports an empty file', () => {
    expect(readInput([file('empty.txt', '')]).files[0]?.errors[0]).toMatchObject({
      code: 'empty',
      message: 'empty file (0 bytes)',
      hint: 'add the article text, or remove the file',
    });
  });

  it('reports a binary file', () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x01]);
    expect(readInput([file('scan.txt', pdf)]).files[0]?.errors[0]?.code).toBe('binary');
  });

  it('reads UTF-16 text with a decoding warning', () => {
    const ascii = 'Expo opened in Xiamen.';
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from(ascii, (c) => [c.charCodeAt(0), 0]).flat(),
    ]);
    const { articles, files } = readInput([file('u16.txt', utf16)]);
    expect(articles[0]?.text).toBe('Expo opened in Xiamen.');
    expect(files[0]).toMatchObject({ encoding: 'utf-16le', warnings: [{ code: 'decoded' }] });
  });

  it('reports a file over the size limit without reading it', () => {
    const big: InputFile = {
      path: 'dump.txt',
      size: INPUT_LIMITS.maxFileBytes + 1,
      bytes: null,
      readError: null,
    };
    expect(readInput([big]).files[0]?.errors[0]).toMatchObject({
      code: 'too-large',
      hint: 'split it into one file per article',
    });
  });

  it('reports a file the system could not read', () => {
    const locked: InputFile = {
      path: 'locked.txt',
      size: 0,
      bytes: null,
      readError: 'permission denied',
    };
    expect(readInput([locked]).files[0]?.errors[0]?.message).toBe(
      'cannot read the file: permission denied',
    );
  });

  it('cuts a 10 MB article at the length limit, at a paragraph break, with a warning', () => {
    const paragraph =
      'The AI summit opened in Shenzhen on Monday with many guests from abroad.\n\n';
    const text = `Summit opens\n\n${paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))}`;
    const { articles, files } = readInput([file('huge.txt', text)]);
    expect(articles[0]?.text.length).toBeLessThanOrEqual(INPUT_LIMITS.maxArticleChars);
    expect(articles[0]?.text.endsWith('from abroad.')).toBe(true);
    expect(files[0]?.warnings[0]?.message).toMatch(
      /^text is 10,0\d\d,\d{3} characters; only the first 19\d,\d{3} were read$/,
    );
  });
});
