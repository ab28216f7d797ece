// Typed-array lists that grow as values are appended, for columns whose final length is unknown
// while a dataset streams in.

/** A list of unsigned 32-bit numbers that grows by doubling, so appending never copies it whole. */
export class IdList {
  private data: Uint32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Uint32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.reserve(this.length + 1);
    this.data[this.length++] = value;
  }

  /** Makes room for `size` values in all, so that `set` below `size` needs no check. */
  private reserve(size: number): void {
    if (size <= this.data.length) return;
    let capacity = this.data.length * 2;
    while (capacity < size) capacity *= 2;
    const grown = new Uint32Array(capacity);
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }

  /** The filled part as an array of its own, exactly as long as the list. */
  copy(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

export type Column = Uint8Array | Int8Array | Int16Array | Uint32Array | Float64Array;

/** The columns end to end, in one array of the same kind made by `make`. */
export function joinColumns<T extends Column>(parts: readonly T[], make: (length: number) => T): T {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = make(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Where each event's entries start, from how many each has: entries `start[i] .. start[i + 1]`. */
export function startsFromCounts(counts: Uint32Array): Uint32Array {
  const start = new Uint32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) {
    start[i + 1] = (start[i] as number) + (counts[i] as number);
  }
  return start;
}
