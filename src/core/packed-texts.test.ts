import { describe, expect, test } from 'vitest';
import { joinPacked, PackedTextList, packTexts } from './packed-texts.ts';

const values = ['synthetic/a.txt', null, '', 'https://news.example/世界/b.html', null, 'x'];

function unpack(list: PackedTextList): (string | null)[] {
  return Array.from({ length: list.length }, (_, k) => list.get(k));
}

describe('packed texts', () => {
  test('give back every entry, nulls and empty strings included', () => {
    const list = new PackedTextList();
    list.append(packTexts(values));

    expect(unpack(list)).toEqual(values);
  });

  test('joined, give back the entries of every pack in order', () => {
    const packs = [packTexts(values.slice(0, 2)), packTexts([]), packTexts(values.slice(2))];
    const list = new PackedTextList();
    list.append(joinPacked(packs));

    expect(unpack(list)).toEqual(values);
    expect(joinPacked(packs)).toEqual(packTexts(values));
  });

  test('appended one by one, are found by their index over all packs', () => {
    const list = new PackedTextList();
    const all: (string | null)[] = [];
    for (let n = 0; n < 9; n++) {
      const pack = Array.from({ length: n % 4 }, (_, k) =>
        k === 1 ? null : `t${String(n)}.${String(k)}`,
      );
      list.append(packTexts(pack));
      all.push(...pack);
    }

    expect(list.length).toBe(all.length);
    expect(unpack(list)).toEqual(all);
  });

  test('an index outside the list is null', () => {
    const list = new PackedTextList();
    list.append(packTexts(['a']));

    expect([list.get(-1), list.get(1), list.get(0.5)]).toEqual([null, null, null]);
  });
});
