// Many short strings kept as one: their concatenation and where each ends. A million events carry
// about three million source files and links, nearly all different; as one string per chunk they
// cost the page no per-string header, the worker and the page no per-string copy when a chunk is
// posted, and the garbage collector nothing to trace.

export interface PackedTexts {
  /** The texts end to end. */
  text: string;
  /** Where each entry ends in `text`; it starts where the one before ends. */
  ends: Uint32Array;
  /** 1 where the entry is null (empty in `text`). */
  nulls: Uint8Array;
}

export function packTexts(values: readonly (string | null)[]): PackedTexts {
  const ends = new Uint32Array(values.length);
  const nulls = new Uint8Array(values.length);
  const texts: string[] = [];
  let at = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k] as string | null;
    if (value === null) nulls[k] = 1;
    else {
      texts.push(value);
      at += value.length;
    }
    ends[k] = at;
  }
  return { text: texts.join(''), ends, nulls };
}

/** The entries of a pack, one string (or null) each. */
export function packedEntries(pack: PackedTexts): (string | null)[] {
  const out = new Array<string | null>(pack.ends.length);
  let start = 0;
  for (let k = 0; k < pack.ends.length; k++) {
    const end = pack.ends[k] as number;
    out[k] = pack.nulls[k] === 1 ? null : pack.text.slice(start, end);
    start = end;
  }
  return out;
}

/** The packs end to end, as one. */
export function joinPacked(packs: readonly PackedTexts[]): PackedTexts {
  let count = 0;
  for (const pack of packs) count += pack.ends.length;
  const ends = new Uint32Array(count);
  const nulls = new Uint8Array(count);
  let entry = 0;
  let offset = 0;
  for (const pack of packs) {
    for (let k = 0; k < pack.ends.length; k++) ends[entry + k] = offset + (pack.ends[k] as number);
    nulls.set(pack.nulls, entry);
    entry += pack.ends.length;
    offset += pack.text.length;
  }
  return { text: packs.map((p) => p.text).join(''), ends, nulls };
}

/** The entries of packs appended in order, read back one at a time by their index over all. */
export class PackedTextList {
  private readonly packs: PackedTexts[] = [];
  /** The index of each pack's first entry. */
  private readonly firsts: number[] = [];
  length = 0;

  append(pack: PackedTexts): void {
    if (pack.ends.length === 0) return;
    this.packs.push(pack);
    this.firsts.push(this.length);
    this.length += pack.ends.length;
  }

  get(index: number): string | null {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) return null;
    let low = 0;
    let high = this.firsts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.firsts[mid] as number) <= index) low = mid;
      else high = mid - 1;
    }
    const pack = this.packs[low] as PackedTexts;
    const k = index - (this.firsts[low] as number);
    if (pack.nulls[k] === 1) return null;
    const start = k === 0 ? 0 : (pack.ends[k - 1] as number);
    return pack.text.slice(start, pack.ends[k]);
  }
}
