// Cuts a dataset's bytes into parts that separate workers can read at the same time. A part meant
// to start at byte `s` starts just after the first newline at or after byte s - 1, so every part
// starts at the start of a line, and two readers that meet at `s` agree where without talking to
// each other. A newline byte is never inside a multi-byte UTF-8 character, so each part decodes on
// its own.

const newline = 10;

/** Where the parts are meant to start: `parts` equal shares of `length` bytes, the first at 0. */
export function partStarts(length: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, k) => Math.floor((length * k) / parts));
}

/** The first byte a reader of the part that is meant to start at `from` must fetch. */
export function firstByteToFetch(from: number): number {
  return Math.max(0, from - 1);
}

/**
 * The bytes of one part out of the bytes that arrive from `firstByteToFetch(from)` on. `from` 0 is
 * the start of the file; `to` null is its end.
 */
export class PartWindow {
  /** Absolute position of the next byte to arrive. */
  private at: number;
  private started: boolean;
  private readonly from: number;
  private to: number | null;
  /** The part's end has been passed: later bytes belong to the next part. */
  done = false;

  constructor(from: number, to: number | null) {
    this.from = from;
    this.to = to;
    this.at = firstByteToFetch(from);
    this.started = from === 0;
    // A part meant to end at 0 ends before the file starts; the next part starts at 0.
    this.done = to === 0;
  }

  /** The part was extended to the end of the file. */
  extended = false;

  /**
   * Reads on to the end of the file instead; false once the part's end has been passed, or when it
   * was already extended.
   */
  extend(): boolean {
    if (this.done || this.extended) return false;
    this.to = null;
    this.extended = true;
    return true;
  }

  get atFileStart(): boolean {
    return this.from === 0;
  }

  /** The part's share of the next bytes (possibly empty). */
  take(bytes: Uint8Array): Uint8Array {
    const none = bytes.subarray(0, 0);
    if (this.done) return none;
    const base = this.at;
    this.at += bytes.length;
    let start = 0;
    if (!this.started) {
      const cut = newlineFrom(bytes, base, this.from - 1);
      if (cut < 0) return none;
      this.started = true;
      start = cut + 1;
      // The next part starts after this same newline: this one is empty.
      if (this.to !== null && this.to - 1 <= base + cut) {
        this.done = true;
        return none;
      }
    }
    if (this.to === null) return bytes.subarray(start);
    const end = newlineFrom(bytes, base, this.to - 1);
    if (end < 0) return bytes.subarray(start);
    this.done = true;
    return bytes.subarray(start, end + 1);
  }
}

/** Index in `bytes` (which start at absolute `base`) of the first newline at or after `pos`. */
function newlineFrom(bytes: Uint8Array, base: number, pos: number): number {
  return bytes.indexOf(newline, Math.max(0, pos - base));
}
