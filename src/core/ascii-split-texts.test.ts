import { describe, expect, test } from 'vitest';
import { EntryKind, joinAscii, splitAscii } from './ascii-split-texts.ts';

const values = ['Shanghai', null, '世界人工智能大会', 'WAIC 2024', 'Café', ''];

describe('splitAscii', () => {
  test('puts the ASCII entries in one text and the others in the other, in order', () => {
    const split = splitAscii(values);

    expect(split.ascii).toBe('ShanghaiWAIC 2024');
    expect(split.other).toBe('世界人工智能大会Café');
    expect([...split.kinds]).toEqual([
      EntryKind.Ascii,
      EntryKind.Null,
      EntryKind.Other,
      EntryKind.Ascii,
      EntryKind.Other,
      EntryKind.Ascii,
    ]);
  });

  test('gives the entries back with joinAscii', () => {
    expect(joinAscii(splitAscii(values))).toEqual(values);
  });
});

describe('joinAscii', () => {
  test('lengths that do not add up to a text are refused', () => {
    const split = splitAscii(values);
    split.lengths[0] = 9;

    expect(joinAscii(split)).toBeNull();
  });

  test('an unknown kind is refused', () => {
    const split = splitAscii(values);
    split.kinds[1] = 7;

    expect(joinAscii(split)).toBeNull();
  });
});
