import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads plain UTF-8 without a warning', () => {
    const result = decodeText(utf8('Forum opens in Hangzhou — 杭州\r\nSecond line'));
    expect(result).toEqual({
      text: 'Forum opens in Hangzhou — 杭州\nSecond line',
      encoding: 'utf-8',
      warnings: [],
      error: null,
    });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const result = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Expo')]));
    expect(result.text).toBe('Expo');
    expect(result.warnings).toEqual([]);
  });

  it('decodes UTF-16 LE with a byte-order mark, and says so', () => {
    const result = decodeText(fixture('utf16le-bom.txt'));
    expect(result.encoding).toBe('utf-16le');
    expect(result.text).toContain('opened on November 7, 2023 at Fira Gran Via');
    expect(result.warnings[0]).toMatch(/UTF-16 LE/);
  });

  it('decodes UTF-16 BE with a byte-order mark', () => {
    const result = decodeText(fixture('utf16be-bom.txt'));
    expect(result.encoding).toBe('utf-16be');
    expect(result.text).toContain('Smart City Expo World Congress');
  });

  it('recognises UTF-16 LE without a byte-order mark by its NUL pattern', () => {
    const bytes = fixture('utf16le-bom.txt').subarray(2);
    const result = decodeText(bytes);
    expect(result.encoding).toBe('utf-16le');
    expect(result.error).toBeNull();
    expect(result.warnings[0]).toMatch(/without byte-order mark/);
  });

  it('decodes GBK Chinese as GB18030 and reports that it was not UTF-8', () => {
    const result = decodeText(fixture('gbk-article.txt'));
    expect(result.encoding).toBe('gb18030');
    expect(result.text).toContain('2023世界人工智能大会6日在上海世博中心开幕');
    expect(result.warnings[0]).toMatch(/not valid UTF-8 \(first bad byte at offset 4\).*GB18030/);
  });

  it('decodes accented Western text as windows-1252', () => {
    const result = decodeText(fixture('cp1252-article.txt'));
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toContain('à Paris');
    expect(result.text).toContain("« C'est l'événement européen");
  });

  it('uses the charset an HTML page declares before guessing', () => {
    const big5 = new Uint8Array([0xa4, 0xa4, 0xb0, 0xea]);
    const result = decodeText(big5, 'big5');
    expect(result.text).toBe('中國');
    expect(result.encoding).toBe('big5');
  });

  it('rejects an empty file', () => {
    expect(decodeText(new Uint8Array()).error).toEqual({
      code: 'empty',
      message: 'empty file (0 bytes)',
    });
  });

  it('rejects a file of only whitespace as empty', () => {
    expect(decodeText(utf8(' \n\t\n')).error?.code).toBe('empty');
  });

  it('rejects a PDF as binary, naming its kind', () => {
    const result = decodeText(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'));
    expect(result.error).toEqual({
      code: 'binary',
      message: 'binary file (PDF document), not text',
    });
  });

  it('rejects bytes with NULs that are not UTF-16 as binary', () => {
    const bytes = new Uint8Array(256).map((_, i) => (i * 37) % 256);
    expect(decodeText(bytes).error?.code).toBe('binary');
  });

  it('rejects a file dense in control characters as binary', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodeText(bytes).error?.message).toMatch(/too many control characters/);
  });

  it('decodes a 10 MB text whole', () => {
    const bytes = utf8('The AI summit opened in Shenzhen on Monday. '.repeat(240_000));
    const result = decodeText(bytes);
    expect(result.text.length).toBe(bytes.length);
  });

  it('keeps UTF-8 Chinese with one bad byte, the byte as U+FFFD, and counts it', () => {
    const good = utf8('2023世界人工智能大会6日在上海世博中心开幕。');
    const bytes = new Uint8Array([...good.subarray(0, 10), 0xff, ...good.subarray(10)]);
    const result = decodeText(bytes);
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe('2023世界\uFFFD人工智能大会6日在上海世博中心开幕。');
    expect(result.warnings).toEqual([
      '1 invalid UTF-8 sequence (the first at byte 10) replaced by U+FFFD; check the text there, or re-save the file as UTF-8',
    ]);
  });

  it('keeps accented UTF-8 with one bad byte as UTF-8, not windows-1252 throughout', () => {
    const bytes = new Uint8Array([
      ...utf8('Le salon s’ouvre à Paris, '),
      0xe9,
      ...utf8('près de la Défense.'),
    ]);
    const result = decodeText(bytes);
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe('Le salon s’ouvre à Paris, \uFFFDprès de la Défense.');
  });

  it('reads a UTF-8 file with a byte-order mark and a bad byte, counting the byte', () => {
    const result = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Expo '), 0xc3, 0x28]));
    expect(result.error).toBeNull();
    expect(result.text).toBe('Expo \uFFFD(');
    expect(result.warnings).toEqual(['1 invalid UTF-8 sequence replaced by U+FFFD']);
  });

  it('does not count a U+FFFD the UTF-8 file itself holds', () => {
    const bytes = new Uint8Array([...utf8('Expo \uFFFD 杭州 '), 0xff]);
    expect(decodeText(bytes).warnings[0]).toMatch(/^1 invalid UTF-8 sequence /);
  });

  it('decodes Japanese Shift-JIS as Shift-JIS', () => {
    const result = decodeText(fixture('shift-jis-article.txt'));
    expect(result.encoding).toBe('shift_jis');
    expect(result.text).toContain('東京ビッグサイトで「AI・人工知能EXPO 2024」が開幕');
    expect(result.warnings[0]).toMatch(/Shift-JIS \(Japanese\)/);
  });

  it('keeps GBK Chinese with one bad pair as GB18030, the pair as U+FFFD', () => {
    const gbk = fixture('gbk-article.txt');
    const bytes = new Uint8Array([...gbk.subarray(0, 6), 0xff, ...gbk.subarray(6)]);
    const result = decodeText(bytes);
    expect(result.encoding).toBe('gb18030');
    expect(result.text).toContain('上海世博中心开幕');
    expect(result.warnings[1]).toMatch(
      /^1 invalid GB18030 \(Chinese\) sequence replaced by U\+FFFD$/,
    );
  });
});
