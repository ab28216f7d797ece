// A long list of rows cut into parts of a few thousand, so that a large export can be written a
// part at a time between other work (csv.ts, export-geojson.ts).

export interface RowPart {
  rows: number[];
  first: boolean;
  last: boolean;
}

/** Consecutive slices of `rows`, `perPart` at most each, in order; one empty part for no rows. */
export function* rowParts(rows: ArrayLike<number>, perPart: number): Generator<RowPart> {
  for (let from = 0; from === 0 || from < rows.length; from += perPart) {
    const to = Math.min(rows.length, from + perPart);
    const part: number[] = [];
    for (let i = from; i < to; i++) part.push(rows[i] as number);
    yield { rows: part, first: from === 0, last: to === rows.length };
  }
}
