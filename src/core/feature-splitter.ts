// Splits a GeoJSON FeatureCollection arriving as text chunks into its features without ever
// holding the whole text: a million events are over a gigabyte, more than V8's longest string.
// The top-level object is checked member by member; every other value (a feature, `type`, …) is
// cut out by tracking strings, escapes and bracket depth, then handed to JSON.parse, so every
// character is either checked here or by JSON.parse and a bad file fails with its position.
// A text whose top level is not an object is kept whole and parsed at the end: it cannot be an
// events dataset, and readEvents names what is wrong with it.
// Files with one feature per line (as `npm run synth` writes them) take a faster way: each complete
// line goes to JSON.parse as it stands, without the character scan. The first time a line does not
// parse, the splitter scans every feature from that line on.

/** The text is not JSON; `position` counts UTF-16 characters from the start of the text. */
export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
  position: number;
  /** What is wrong, without where. */
  reason: string;
  exact: boolean;
  /** `exact` false: JSON.parse did not say where, `position` is where the failing value starts. */
  constructor(reason: string, position: number, exact = true) {
    const where = exact ? 'at character' : 'in the value starting at character';
    super(`${reason} ${where} ${String(position)}`);
    this.position = position;
    this.reason = reason;
    this.exact = exact;
  }
}

export interface SplitterCallbacks {
  /** Each element of the top-level `features` array, parsed, in order. */
  feature: (value: unknown) => void;
  /** Every other member of the top-level object, parsed. */
  member: (key: string, value: unknown) => void;
  /** The whole text, parsed, when its top level is not an object. */
  whole: (value: unknown) => void;
}

type Mode =
  | 'start'
  | 'first-key'
  | 'key'
  | 'colon'
  | 'value'
  | 'after-value'
  | 'first-element'
  | 'element'
  | 'after-element'
  | 'end'
  | 'whole';

/** What a captured value is, so the scanner knows what follows it. */
type Target = 'key' | 'value' | 'element';

const quote = 34;
const backslash = 92;

export class FeatureSplitter {
  private buf = '';
  /** Position of buf[0] in the whole text. */
  private base = 0;
  private i = 0;
  private mode: Mode = 'start';
  private key = '';
  // The value being cut out: where it starts in buf, and the scanner's state inside it.
  private capturing: Target | null = null;
  private start = 0;
  private depth = 0;
  private inString = false;
  private scalar = false;
  private readonly on: SplitterCallbacks;
  /** The top-level object has a `features` member that is an array. */
  sawFeatures = false;
  /** Features have come one per line so far. */
  private byLines = true;

  constructor(callbacks: SplitterCallbacks) {
    this.on = callbacks;
  }

  push(text: string): void {
    this.buf = this.buf.length === 0 ? text : this.buf + text;
    this.scan();
    const keep = this.capturing !== null || this.mode === 'whole' ? this.start : this.i;
    this.buf = this.buf.slice(keep);
    this.base += keep;
    this.i -= keep;
    this.start -= keep;
  }

  /** The text is complete: throws if it stopped before the collection did. */
  end(): void {
    if (this.mode === 'whole') {
      this.on.whole(this.parse(this.start, this.buf.length));
      this.mode = 'end';
      return;
    }
    // A scalar at the very end of the text (`{"a": 1` cut after 1) is still incomplete: the
    // top-level object was never closed.
    if (this.mode !== 'end') {
      throw new JsonSyntaxError('Unexpected end of JSON', this.base + this.buf.length);
    }
  }

  private scan(): void {
    const buf = this.buf;
    const len = buf.length;
    while (this.i < len) {
      if (this.capturing !== null) {
        if (!this.capture()) return;
        continue;
      }
      if (this.mode === 'whole') {
        this.i = len;
        return;
      }
      const c = buf.charCodeAt(this.i);
      if (c === 32 || c === 10 || c === 13 || c === 9 || (c === 0xfeff && this.atTextStart())) {
        this.i++;
        continue;
      }
      if ((this.mode === 'element' || this.mode === 'first-element') && this.lines()) continue;
      this.structural(c);
    }
  }

  /** A structural character of the top-level object or of the features array. */
  private structural(c: number): void {
    if (this.mode === 'start' && c !== 123) {
      this.mode = 'whole';
      this.start = this.i;
      return;
    }
    const next = nextStep(this.mode, String.fromCharCode(c), this.key);
    if (typeof next === 'string') {
      if (next === 'first-element') this.sawFeatures = true;
      this.mode = next;
      this.i++;
    } else if ('capture' in next) this.begin(next.capture);
    else throw new JsonSyntaxError(next.error, this.base + this.i);
  }

  /**
   * At the start of an element: parses each complete line from here as one element of the array
   * (its comma cut off), handing each on as it parses, so that parsed features do not pile up. At the
   * first line that does not parse, or that follows a line without a comma, the scan goes on
   * character by character from that line; false when that is the first line, or when there is no
   * complete line. No value spans a newline but strings and brackets, so a cut inside a value
   * leaves a string or bracket open, which JSON.parse rejects; a stray comma leaves no element.
   */
  private lines(): boolean {
    if (!this.byLines) return false;
    const buf = this.buf;
    const newline = buf.lastIndexOf('\n');
    if (newline <= this.i) return false;
    let from = this.i;
    let comma = true;
    let parsed = 0;
    while (from < newline) {
      const to = buf.indexOf('\n', from);
      let first = from;
      let last = to - 1;
      while (last >= first && isSpace(buf.charCodeAt(last))) last--;
      while (first <= last && isSpace(buf.charCodeAt(first))) first++;
      if (first <= last) {
        const ends = buf.charCodeAt(last) === 44;
        let value: unknown;
        try {
          if (!comma) throw new SyntaxError('no comma between the lines');
          value = JSON.parse(buf.slice(first, ends ? last : last + 1));
        } catch {
          // The scan goes on from this line, as if the lines before had been scanned.
          this.byLines = false;
          if (parsed === 0) return false;
          this.mode = comma ? 'element' : 'after-element';
          this.i = from;
          return true;
        }
        this.on.feature(value);
        parsed++;
        comma = ends;
      }
      from = to + 1;
    }
    this.mode = comma ? 'element' : 'after-element';
    this.i = newline;
    return true;
  }

  private begin(target: Target): void {
    const c = this.buf.charCodeAt(this.i);
    this.capturing = target;
    this.start = this.i;
    this.inString = c === quote;
    this.scalar = c !== quote && c !== 123 && c !== 91;
    this.depth = this.scalar || this.inString ? 0 : 1;
    this.i++;
  }

  /** Scans the captured value on; true when it ended (and was handed on), false at buf's end. */
  private capture(): boolean {
    const buf = this.buf;
    const len = buf.length;
    let i = this.i;
    if (this.scalar) {
      while (i < len && !isDelimiter(buf.charCodeAt(i))) i++;
      this.i = i;
      if (i === len) return false;
      this.finish(i);
      return true;
    }
    for (;;) {
      if (this.inString) {
        const q = buf.indexOf('"', i);
        if (q < 0) {
          this.i = len;
          return false;
        }
        let slashes = 0;
        while (buf.charCodeAt(q - 1 - slashes) === backslash) slashes++;
        i = q + 1;
        if (slashes % 2 === 1) continue;
        this.inString = false;
        if (this.depth === 0) break;
        continue;
      }
      if (i >= len) {
        this.i = len;
        return false;
      }
      const c = buf.charCodeAt(i++);
      if (c === quote) this.inString = true;
      else if (c === 123 || c === 91) this.depth++;
      else if ((c === 125 || c === 93) && --this.depth === 0) break;
    }
    this.i = i;
    this.finish(i);
    return true;
  }

  private finish(end: number): void {
    const target = this.capturing;
    this.capturing = null;
    const value = this.parse(this.start, end);
    if (target === 'key') {
      this.key = value as string;
      this.mode = 'colon';
    } else if (target === 'value') {
      this.on.member(this.key, value);
      this.mode = 'after-value';
    } else {
      this.on.feature(value);
      this.mode = 'after-element';
    }
  }

  private parse(start: number, end: number): unknown {
    try {
      return JSON.parse(this.buf.slice(start, end));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const at = /position (\d+)/.exec(message)?.[1];
      // V8 says either `… in JSON at position 12 (line 1 column 13)` or `…, "<the text>" is not
      // valid JSON`: keep the reason, the position is given against the whole text instead.
      const reason = message
        .replace(/,? ?(in JSON )?at position \d+.*$/s, '')
        .replace(/, ".*" is not valid JSON$/s, '')
        .trim();
      const offset = at === undefined ? 0 : Number(at);
      throw new JsonSyntaxError(reason, this.base + start + offset, at !== undefined);
    }
  }

  private atTextStart(): boolean {
    return this.mode === 'start' && this.base + this.i === 0;
  }
}

type Step = Mode | { capture: Target } | { error: string };

function nextStep(mode: Mode, ch: string, key: string): Step {
  switch (mode) {
    case 'start':
      return 'first-key';
    case 'first-key':
    case 'key':
      if (ch === '"') return { capture: 'key' };
      if (ch === '}' && mode === 'first-key') return 'end';
      return { error: 'Expected a property name' };
    case 'colon':
      return ch === ':' ? 'value' : { error: "Expected ':' after a property name" };
    case 'value':
      return ch === '[' && key === 'features' ? 'first-element' : { capture: 'value' };
    case 'after-value':
      if (ch === ',') return 'key';
      if (ch === '}') return 'end';
      return { error: "Expected ',' or '}' after a property value" };
    case 'first-element':
    case 'element':
      return ch === ']' && mode === 'first-element' ? 'after-value' : { capture: 'element' };
    case 'after-element':
      if (ch === ',') return 'element';
      if (ch === ']') return 'after-value';
      return { error: "Expected ',' or ']' after a feature" };
    case 'end':
    case 'whole':
      return { error: 'Unexpected text after the end of JSON' };
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function isDelimiter(c: number): boolean {
  return c === 44 || c === 125 || c === 93 || c === 32 || c === 10 || c === 13 || c === 9;
}
