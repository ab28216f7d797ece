import { describe, expect, test } from 'vitest';
import { IdList, joinColumns, startsFromCounts } from './typed-lists.ts';

describe('typed lists', () => {
  test('IdList keeps every value it was given past its first capacity', () => {
    const list = new IdList(2);
    for (const n of [5, 6, 7, 8, 9]) list.push(n);

    expect([...list.copy()]).toEqual([5, 6, 7, 8, 9]);
  });

  test('joinColumns puts the parts end to end', () => {
    const joined = joinColumns(
      [Int16Array.of(1, 2), Int16Array.of(), Int16Array.of(3)],
      (n) => new Int16Array(n),
    );

    expect([...joined]).toEqual([1, 2, 3]);
  });

  test('startsFromCounts gives each entry run its start and the end of the last', () => {
    expect([...startsFromCounts(Uint32Array.of(2, 0, 3))]).toEqual([0, 2, 2, 5]);
  });
});
