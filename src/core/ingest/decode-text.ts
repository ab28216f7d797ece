// Bytes of one input file → text, saying what was done to get there. Never throws: a file that
// cannot become text comes back with an `error` the report can show as it is.

export interface DecodeError {
  code: 'empty' | 'binary' | 'encoding';
  message: string;
}

export interface DecodedText {
  text: string;
  /** WHATWG encoding label that produced `text`, or null when decoding failed. */
  encoding: string | null;
  warnings: string[];
  error: DecodeError | null;
}

const SNIFF_BYTES = 8192;

const MAGIC: readonly { kind: string; bytes: readonly number[] }[] = [
  { kind: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { kind: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'ZIP archive (or .docx/.xlsx)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'gzip archive', bytes: [0x1f, 0x8b] },
];

/**
 * Decodes UTF-8 (with or without BOM), UTF-16 (BOM, or NUL-pattern without one), and as a
 * fallback the encoding an HTML page declares, Shift-JIS, GB18030 or windows-1252; rejects empty
 * and binary files. A few bad sequences in a text that is otherwise good UTF-8 (or good in the
 * encoding found) become U+FFFD and are counted in a warning, rather than losing the file or
 * reading all of it in the wrong encoding.
 */
export function decodeText(bytes: Uint8Array, declaredCharset: string | null = null): DecodedText {
  if (bytes.length === 0) return failure('empty', 'empty file (0 bytes)');

  const bom = readBom(bytes);
  if (bom !== null) {
    const body = bytes.subarray(bom.length);
    const { text, bad } = lenient(bom.encoding, body);
    const warnings =
      bom.encoding === 'utf-8'
        ? []
        : [`${bom.label} text (byte-order mark): decoded as ${bom.label}`];
    return finish(text, bom.encoding, [...warnings, ...replaced(bad, bom.label)]);
  }

  const utf16 = sniffUtf16(bytes);
  if (utf16 !== null) {
    const { text, bad } = lenient(utf16, bytes);
    const label = utf16 === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
    return finish(text, utf16, [
      `${label} text without byte-order mark: decoded as ${label}`,
      ...replaced(bad, label),
    ]);
  }

  const binary = sniffBinary(bytes);
  if (binary !== null) return failure('binary', `binary file (${binary}), not text`);

  const utf8 = lenient('utf-8', bytes);
  if (utf8.bad === 0) return finish(utf8.text, 'utf-8', []);
  // Mostly good multi-byte UTF-8: a few damaged sequences, not another encoding.
  if (utf8.bad <= nonAscii(utf8.text) - utf8.bad) {
    return finish(utf8.text, 'utf-8', [
      `${plural(utf8.bad, 'invalid UTF-8 sequence')} (the first at byte ${firstInvalidUtf8(bytes)}) replaced by U+FFFD; check the text there, or re-save the file as UTF-8`,
    ]);
  }

  const offset = firstInvalidUtf8(bytes);
  const where = `not valid UTF-8 (first bad byte at offset ${offset})`;
  const declared = declaredCharset === null ? null : normaliseLabel(declaredCharset);
  if (declared !== null && declared !== 'utf-8') {
    const { text, bad } = lenient(declared, bytes);
    return finish(text, declared, [
      `${where}: decoded as declared ${declared}`,
      ...replaced(bad, declared),
    ]);
  }
  const guess = looksLikeShiftJis(bytes)
    ? 'shift_jis'
    : looksLikeGb(bytes)
      ? 'gb18030'
      : 'windows-1252';
  const { text, bad } = lenient(guess, bytes);
  const name = GUESSED[guess];
  return finish(text, guess, [
    `${where}: decoded as ${name}; check the text, or re-save the file as UTF-8`,
    ...replaced(bad, name),
  ]);
}

const GUESSED: Record<'shift_jis' | 'gb18030' | 'windows-1252', string> = {
  shift_jis: 'Shift-JIS (Japanese)',
  gb18030: 'GB18030 (Chinese)',
  'windows-1252': 'windows-1252 (Western)',
};

/** Decoded with bad sequences as U+FFFD, and how many there were (real U+FFFD not counted). */
function lenient(encoding: string, bytes: Uint8Array): { text: string; bad: number } {
  const exact = tryDecode(encoding, bytes);
  if (exact !== null) return { text: exact, bad: 0 };
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const real = encoding === 'utf-8' ? countReplacementCharacters(bytes) : 0;
  return { text, bad: Math.max(1, count(text, '\uFFFD') - real) };
}

/** U+FFFD written in the file as UTF-8 (EF BF BD). */
function countReplacementCharacters(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i !== -1; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

function replaced(bad: number, label: string): string[] {
  return bad === 0 ? [] : [`${plural(bad, `invalid ${label} sequence`)} replaced by U+FFFD`];
}

function plural(n: number, noun: string): string {
  return `${String(n)} ${noun}${n === 1 ? '' : 's'}`;
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

function nonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) n++;
  return n;
}

function finish(raw: string, encoding: string, warnings: string[]): DecodedText {
  const text = raw.replace(/\r\n?/g, '\n').replaceAll('\u0000', '').normalize('NFC');
  if (text.trim() === '') {
    return {
      text: '',
      encoding,
      warnings,
      error: { code: 'empty', message: 'empty file (only whitespace)' },
    };
  }
  return { text, encoding, warnings, error: null };
}

function failure(code: DecodeError['code'], message: string): DecodedText {
  return { text: '', encoding: null, warnings: [], error: { code, message } };
}

function readBom(bytes: Uint8Array): { encoding: string; label: string; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf)
    return { encoding: 'utf-8', label: 'UTF-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', label: 'UTF-16 LE', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', label: 'UTF-16 BE', length: 2 };
  return null;
}

/** Mostly-ASCII UTF-16 has a NUL in every other byte: on the odd side for LE, the even for BE. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function sniffBinary(bytes: Uint8Array): string | null {
  for (const { kind, bytes: magic } of MAGIC) {
    if (magic.every((byte, i) => bytes[i] === byte)) return kind;
  }
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) return 'contains NUL bytes';
    // Tab, LF, VT, FF, CR and ESC occur in real text; other C0 controls do not.
    if (byte < 0x20 && (byte < 0x09 || byte > 0x0d) && byte !== 0x1b) control++;
  }
  return control > n * 0.1 ? 'too many control characters' : null;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function normaliseLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return i;
}

/** Japanese Shift-JIS: decodes (almost) cleanly, and a good share of it is kana. */
function looksLikeShiftJis(bytes: Uint8Array): boolean {
  const { text, bad } = lenient('shift_jis', bytes);
  const high = nonAscii(text);
  const kana = text.match(/[\u3040-\u30ff]/g)?.length ?? 0;
  return high > 0 && bad <= high * 0.01 && kana >= high * 0.2;
}

/**
 * GBK/GB18030 Chinese comes as pairs of high bytes (lead ≥ 0x81, trail ≥ 0x80 for nearly all
 * hanzi); Western windows-1252 text has lone accented bytes between ASCII letters.
 */
function looksLikeGb(bytes: Uint8Array): boolean {
  let high = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) continue;
    high++;
    const next = bytes[i + 1] ?? 0;
    if (byte >= 0x81 && byte <= 0xfe && next >= 0x80 && next <= 0xfe) {
      paired += 2;
      high++;
      i++;
    }
  }
  return high > 0 && paired / high >= 0.8;
}
