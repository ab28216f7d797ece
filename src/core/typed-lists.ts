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

  /** The filled part, sharing memory with the list (read it before pushing more). */
  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }

  /** The filled part as an array of its own, exactly as long as the list. */
  copy(): Uint32Array {
    return this.data.slice(0, this.length);
  }
}

/** The same for 64-bit floats. */
export class NumberList {
  private data: Float64Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Float64Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  copy(): Float64Array {
    return this.data.slice(0, this.length);
  }
}
