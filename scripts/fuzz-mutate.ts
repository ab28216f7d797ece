// Seeded mutations of real articles for the ingest fuzz test: what careless users and hostile
// files do to an input folder. Each mutation is small on its own; a file gets one to four.

import type { Random } from '../src/core/synth/random.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Text that has broken parsers before: markup, runs, dates and numbers no article has. */
const SNIPPETS = [
  '<svg><nav>',
  '<div data-icon="<svg viewBox=\'0 0 1 1\'>">',
  '<nav><a href="/">Home</a>',
  '<article>',
  '</article></body>',
  '<script>var s = "</p>";',
  '<!-- unclosed comment',
  '|---|---|',
  '# ',
  '**bold _mixed',
  '[link](http://x',
  '---\ntitle: "x"\n',
  'More than 99999999999999999999999 experts attended.',
  'The expo runs from 2023-13-45 to 2023-02-30.',
  'The forum runs from May 29 to 26, 2024.',
  'It was held on 9999-12-31 in Shanghai.',
  'The summit was held in the year 1 AD.',
  '"text": null, ',
  '{"title": 5, "text": ["a"]}\n',
  '\u202e\u200b\ufeff\u0000',
  '東京ビッグサイトで「AI・人工知能EXPO 2024」が開幕',
  '2023世界人工智能大会6日在上海世博中心开幕',
  '🚀🤖 e\u0301 ﷺ',
  'Mr. Dr. St. No. Inc. Ltd. ',
];

const RUN_UNITS = ['a', '.', '1', ' ', '-', '|', '<', '*', '#', '\n', 'é', '中', '. A', '1,'];

type Mutation = (bytes: Uint8Array, random: Random) => Uint8Array;

const splice = (bytes: Uint8Array, at: number, insert: Uint8Array, cut = 0): Uint8Array => {
  const remove = Math.min(cut, bytes.length - at);
  const out = new Uint8Array(bytes.length - remove + insert.length);
  out.set(bytes.subarray(0, at));
  out.set(insert, at);
  out.set(bytes.subarray(at + remove), at + insert.length);
  return out;
};

const MUTATIONS: readonly Mutation[] = [
  // A snippet somewhere.
  (b, r) => splice(b, r.int(b.length + 1), utf8(r.pick(SNIPPETS))),
  // A long run of one unit: the shape that made regexes quadratic.
  (b, r) => splice(b, r.int(b.length + 1), utf8(r.pick(RUN_UNITS).repeat(1 + r.int(40_000)))),
  // Random bytes, often invalid UTF-8.
  (b, r) =>
    splice(
      b,
      r.int(b.length + 1),
      Uint8Array.from({ length: 1 + r.int(8) }, () => r.int(256)),
    ),
  // A bit flipped.
  (b, r) => {
    const out = b.slice();
    const at = r.int(out.length);
    out[at] = (out[at] ?? 0) ^ (1 << r.int(8));
    return out;
  },
  // A range cut out, or the file cut short.
  (b, r) => {
    const at = r.int(b.length + 1);
    return r.next() < 0.5 ? b.subarray(0, at) : splice(b, at, new Uint8Array(), r.int(2_000));
  },
  // A range repeated: duplicated paragraphs, a file pasted into itself.
  (b, r) => {
    const at = r.int(b.length + 1);
    const part = b.subarray(at, at + r.int(400));
    const times = 1 + r.int(50);
    const copy = new Uint8Array(part.length * times);
    for (let i = 0; i < times; i++) copy.set(part, i * part.length);
    return splice(b, at, copy);
  },
];

const EXTENSIONS = ['txt', 'txt', 'txt', 'md', 'html', 'json', 'jsonl', 'htm', 'TXT', 'csv'];

/** The article's bytes, wrapped as the extension asks: JSON records, HTML or as they are. */
function wrap(text: Uint8Array, extension: string, random: Random): Uint8Array {
  const decoded = new TextDecoder().decode(text);
  if (extension === 'json')
    return utf8(JSON.stringify({ title: decoded.slice(0, 80), text: decoded }));
  if (extension === 'jsonl') {
    const line = JSON.stringify({
      text: decoded,
      published: random.pick(['2023-05-01', '2023-02-30', 'soon', '']),
    });
    return utf8(`${line}\n${line}\n{broken\n`);
  }
  if (extension === 'html' || extension === 'htm') {
    return utf8(
      `<html><head><title>x</title></head><body><article><p>${decoded}</p></article></body></html>`,
    );
  }
  return text;
}

/** One fuzzed file made from `source`: one to four mutations, maybe another format. */
export function mutateFile(
  source: { name: string; bytes: Uint8Array },
  index: number,
  random: Random,
): { path: string; bytes: Uint8Array } {
  const extension =
    random.next() < 0.5 ? (source.name.split('.').pop() ?? 'txt') : random.pick(EXTENSIONS);
  let bytes = source.bytes;
  const count = 1 + random.int(4);
  for (let i = 0; i < count; i++) bytes = random.pick(MUTATIONS)(bytes, random);
  if (random.next() < 0.3) bytes = wrap(bytes, extension, random);
  const stem = source.name.replace(/\.[^.]+$/, '');
  return { path: `${String(index).padStart(5, '0')}-${stem}.${extension}`, bytes };
}
