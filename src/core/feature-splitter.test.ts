import { describe, expect, test } from 'vitest';
import { FeatureSplitter, JsonSyntaxError } from './feature-splitter.ts';

interface Split {
  features: unknown[];
  members: [string, unknown][];
  whole: unknown[];
}

/** Feeds `chunks` to a fresh splitter and collects what it hands on. */
function split(chunks: string[]): Split {
  const out: Split = { features: [], members: [], whole: [] };
  const splitter = new FeatureSplitter({
    feature: (v) => out.features.push(v),
    member: (k, v) => out.members.push([k, v]),
    whole: (v) => out.whole.push(v),
  });
  for (const c of chunks) splitter.push(c);
  splitter.end();
  return out;
}

/** Every UTF-16 code unit as its own chunk, even the halves of an emoji. */
function units(text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => text.charAt(i));
}

/** The error a text fails with, fed in one chunk and character by character. */
function failure(text: string): { whole: JsonSyntaxError; byChar: JsonSyntaxError } {
  const caught = (chunks: string[]): JsonSyntaxError => {
    try {
      split(chunks);
    } catch (err) {
      if (err instanceof JsonSyntaxError) return err;
      throw err;
    }
    throw new Error('expected a JsonSyntaxError');
  };
  return { whole: caught([text]), byChar: caught(units(text)) };
}

/** A collection with awkward strings: brackets, escaped quotes, backslashes, CJK, emoji. */
function awkwardCollection(): string {
  const features = [
    { type: 'Feature', properties: { id: 'a', name: 'ends in a backslash \\' } },
    { type: 'Feature', properties: { id: 'b', name: 'quote " inside, then }]{[ brackets' } },
    {
      type: 'Feature',
      properties: { id: 'c', name: '\\"\\\\"', nested: [[{ x: [1, { y: [] }] }]] },
    },
    { type: 'Feature', properties: { id: 'd', name: '世界人工智能大会 🚀 \u2028 \n tab\t' } },
  ];
  return `{\r\n\t"type" : "FeatureCollection" ,\n  "features":\n[ ${features
    .map((f) => JSON.stringify(f, null, 1))
    .join(' ,\n ')} ]\n}\n`;
}

describe('FeatureSplitter', () => {
  test('hands on each feature and the other members of the collection', () => {
    const out = split(['{"type":"FeatureCollection","features":[{"id":1},{"id":2}]}']);
    expect(out.features).toEqual([{ id: 1 }, { id: 2 }]);
    expect(out.members).toEqual([['type', 'FeatureCollection']]);
  });

  test('gives the same features for every place a chunk boundary can fall', () => {
    const text = awkwardCollection();
    const expected = (JSON.parse(text) as { features: unknown[] }).features;
    for (let cut = 0; cut <= text.length; cut++) {
      const out = split([text.slice(0, cut), text.slice(cut)]);
      expect(out.features, `cut at ${String(cut)}`).toEqual(expected);
    }
  });

  test('reads a text fed one character at a time', () => {
    const text = awkwardCollection();
    const out = split(units(text));
    expect(out.features).toEqual((JSON.parse(text) as { features: unknown[] }).features);
    expect(out.members).toEqual([['type', 'FeatureCollection']]);
  });

  test('finds features that come after other members, which may hold arrays and objects', () => {
    const text =
      '{"bbox":[1,2,3,4],"meta":{"features":[9]},"n":-1.5e3,"ok":true,"x":null,' +
      '"features":[{"id":"a"}],"type":"FeatureCollection"}';
    const out = split([text]);
    expect(out.features).toEqual([{ id: 'a' }]);
    expect(out.members).toEqual([
      ['bbox', [1, 2, 3, 4]],
      ['meta', { features: [9] }],
      ['n', -1500],
      ['ok', true],
      ['x', null],
      ['type', 'FeatureCollection'],
    ]);
  });

  test('hands on features that are not objects, for the reader to skip', () => {
    expect(split(['{"features":[1, null ,"s",[],true]}']).features).toEqual([
      1,
      null,
      's',
      [],
      true,
    ]);
  });

  test('reads an empty features array and an empty object', () => {
    expect(split(['{"features":[ ]}']).features).toEqual([]);
    expect(split([' { } ']).members).toEqual([]);
  });

  test('skips a byte order mark at the start of the text', () => {
    const out = split(['\uFEFF', '{"features":[{"id":1}]}']);
    expect(out.features).toEqual([{ id: 1 }]);
  });

  test('a features member that is not an array is an ordinary member', () => {
    expect(split(['{"features":{"a":1}}']).members).toEqual([['features', { a: 1 }]]);
  });

  test('parses a text whose top level is not an object whole', () => {
    const out = split(['[{"id"', ':1}]']);
    expect(out.whole).toEqual([[{ id: 1 }]]);
    expect(out.features).toEqual([]);
  });

  test('a truncated text fails at its end', () => {
    const text = '{"type":"FeatureCollection","features":[{"id":1},{"id":';
    const { whole, byChar } = failure(text);
    expect(whole.position).toBe(text.length);
    expect(byChar.position).toBe(text.length);
    expect(whole.message).toMatch(/^Unexpected end of JSON at character \d+$/);
  });

  test('a text cut after the last feature, before the closing brackets, is truncated', () => {
    expect(failure('{"features":[{"id":1}]').whole.position).toBe(22);
    expect(failure('{"features":[{"id":1}').whole.position).toBe(21);
  });

  test('bad JSON inside a feature fails with its position in the whole text', () => {
    const text = '{"features":[{"id":1},\n{"id":2,,"x":3}]}';
    const { whole, byChar } = failure(text);
    expect(whole.position).toBe(text.indexOf(',,') + 1);
    expect(byChar.position).toBe(whole.position);
  });

  test('a missing comma between features fails where the comma should be', () => {
    const text = '{"features":[{"id":1} {"id":2}]}';
    const { whole, byChar } = failure(text);
    expect(whole.position).toBe(text.indexOf(' {"id":2') + 1);
    expect(whole.message).toMatch(/after a feature/);
    expect(byChar.position).toBe(whole.position);
  });

  test('a trailing comma in the features array fails', () => {
    expect(() => split(['{"features":[{"id":1},]}'])).toThrow(JsonSyntaxError);
  });

  test('structural errors of the collection fail where they are', () => {
    expect(failure('{"type" "x"}').whole.position).toBe(8);
    expect(failure('{"type":"x" "features":[]}').whole.position).toBe(12);
    expect(failure('{type:"x"}').whole.position).toBe(1);
    expect(failure('{"features":[]} x').whole.position).toBe(16);
  });

  test('a bad scalar member fails', () => {
    expect(() => split(['{"n":tru}'])).toThrow(JsonSyntaxError);
    expect(() => split(['{"n":}'])).toThrow(JsonSyntaxError);
  });

  test('a top level that is not an object and not JSON fails', () => {
    expect(() => split(['[1,'])).toThrow(JsonSyntaxError);
  });

  describe('one feature per line', () => {
    const features = Array.from({ length: 40 }, (_, i) => ({
      type: 'Feature',
      properties: { id: `f${String(i)}`, name: i % 7 === 0 ? '世界 "quoted" }]' : 'plain' },
    }));
    const lineText = `{"type":"FeatureCollection","features":[\n${features
      .map((f) => JSON.stringify(f))
      .join(',\n')}\n]}\n`;

    test('gives the features of the file in order, however the text is cut', () => {
      for (const size of [1, 7, 100, 1000, lineText.length]) {
        const chunks: string[] = [];
        for (let at = 0; at < lineText.length; at += size)
          chunks.push(lineText.slice(at, at + size));

        expect(split(chunks).features).toEqual(features);
      }
    });

    test('goes on with features that span lines after ones that did not', () => {
      const mixed = lineText.replace(
        JSON.stringify(features[20]),
        JSON.stringify(features[20], null, 2),
      );

      expect(split([mixed]).features).toEqual(features);
    });

    test('hands on an element that is not an object as the scanner does', () => {
      const head = '{"type":"FeatureCollection","features":[\n{"id":1},\n';
      // Cut so that the next complete line is the start of an array.
      const chunks = [head, '[2,\n', '3],\n{"id":4}\n]}'];

      expect(split(chunks).features).toEqual([{ id: 1 }, [2, 3], { id: 4 }]);
    });

    test('hands on the lines before a bad one, then fails where the scanner does', () => {
      const bad = lineText.replace(`${JSON.stringify(features[25])},`, '{"id": 25,, },');
      const handed: unknown[] = [];
      const splitter = new FeatureSplitter({
        feature: (v) => handed.push(v),
        member: () => undefined,
        whole: () => undefined,
      });
      const { whole, byChar } = failure(bad);

      expect(() => {
        splitter.push(bad);
      }).toThrow(JsonSyntaxError);
      expect(handed).toEqual(features.slice(0, 25));
      expect(whole).toEqual(byChar);
      expect(whole.position).toBe(bad.indexOf(',, }') + 1);
    });

    test('fails on two lines without a comma between them where the scanner does', () => {
      const missing = lineText.replace(
        `${JSON.stringify(features[12])},`,
        JSON.stringify(features[12]),
      );
      const { whole, byChar } = failure(missing);

      expect(whole).toEqual(byChar);
      expect(whole.message).toMatch(/^Expected ',' or '\]' after a feature/);
    });

    test('reads an empty features array written over two lines', () => {
      expect(split(['{"type":"FeatureCollection","features":[\n]}\n']).members).toEqual([
        ['type', 'FeatureCollection'],
      ]);
    });

    test('still fails on a stray comma, at its position', () => {
      const head = '{"type":"FeatureCollection","features":[\n{"id":1},\n';
      // Cut so that a line holding only the comma is the next complete line.
      const chunks = [head, ',\n{"id":2}', '\n]}'];

      expect(() => split(chunks)).toThrow(
        new JsonSyntaxError(`Unexpected token ','`, head.length, false),
      );
    });
  });
});
