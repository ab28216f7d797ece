// A list of strings kept as two texts: the ASCII entries end to end, and the others. A string cut
// from a longer one keeps that one alive in V8, in its representation: one CJK name in a text of
// a thousand English names would make the page hold all of them at two bytes a character. Split,
// the ASCII text decodes to one byte a character, as JSON.parse gives each string of a GeoJSON.

/** What each entry is: `Ascii` and `Other` say which text holds it. */
export const EntryKind = { Ascii: 0, Null: 1, Other: 2 } as const;

export interface AsciiSplitTexts {
  ascii: string;
  other: string;
  /** UTF-16 length of each entry (0 for null), in its own text. */
  lengths: Uint32Array;
  kinds: Uint8Array;
}

const nonAscii = /[\u0080-\uffff]/;

export function splitAscii(values: readonly (string | null)[]): AsciiSplitTexts {
  const lengths = new Uint32Array(values.length);
  const kinds = new Uint8Array(values.length);
  const ascii: string[] = [];
  const other: string[] = [];
  values.forEach((value, k) => {
    if (value === null) {
      kinds[k] = EntryKind.Null;
      return;
    }
    lengths[k] = value.length;
    if (nonAscii.test(value)) {
      kinds[k] = EntryKind.Other;
      other.push(value);
    } else ascii.push(value);
  });
  return { ascii: ascii.join(''), other: other.join(''), lengths, kinds };
}

/**
 * The entries again, in order; null when the lengths and kinds do not fit the texts (a kind
 * unknown, or lengths that do not add up to each text's).
 */
export function joinAscii(split: AsciiSplitTexts): (string | null)[] | null {
  const { ascii, other, lengths, kinds } = split;
  if (lengths.length !== kinds.length) return null;
  const out = new Array<string | null>(kinds.length);
  let atAscii = 0;
  let atOther = 0;
  for (let k = 0; k < kinds.length; k++) {
    const kind = kinds[k];
    const length = lengths[k] as number;
    if (kind === EntryKind.Null) out[k] = null;
    else if (kind === EntryKind.Ascii) out[k] = ascii.slice(atAscii, (atAscii += length));
    else if (kind === EntryKind.Other) out[k] = other.slice(atOther, (atOther += length));
    else return null;
  }
  return atAscii === ascii.length && atOther === other.length ? out : null;
}
