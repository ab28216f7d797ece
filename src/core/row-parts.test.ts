import { describe, expect, it } from 'vitest';
import { rowParts } from './row-parts.ts';

describe('rowParts', () => {
  it('cuts the rows into consecutive parts, marking the first and the last', () => {
    expect([...rowParts(Uint32Array.of(5, 3, 9, 1, 7), 2)]).toEqual([
      { rows: [5, 3], first: true, last: false },
      { rows: [9, 1], first: false, last: false },
      { rows: [7], first: false, last: true },
    ]);
  });

  it('gives one empty part, first and last, for no rows', () => {
    expect([...rowParts([], 2)]).toEqual([{ rows: [], first: true, last: true }]);
  });
});
