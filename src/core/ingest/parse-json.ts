// JSON.parse with an error that names the line and column. Engines word (and sometimes omit) the
// position differently, so on failure a small scanner finds the first bad character itself.

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: string };

export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const { offset, expected } = locateJsonError(text);
    const { line, column } = lineColumn(text, offset);
    const found = offset >= text.length ? 'end of input' : JSON.stringify(text.charAt(offset));
    return {
      ok: false,
      error: `invalid JSON at line ${line}, column ${column} (offset ${offset}): expected ${expected}, found ${found}`,
    };
  }
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class JsonSyntax extends Error {
  readonly offset: number;
  readonly expected: string;
  constructor(offset: number, expected: string) {
    super(`expected ${expected} at ${offset}`);
    this.offset = offset;
    this.expected = expected;
  }
}

function locateJsonError(text: string): { offset: number; expected: string } {
  let i = 0;
  const fail = (expected: string): never => {
    throw new JsonSyntax(i, expected);
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const string = (): void => {
    i++;
    for (;;) {
      if (i >= text.length) fail('a closing quote');
      const c = text.charAt(i);
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        i++;
        if (/^u[0-9a-fA-F]{4}/.test(text.slice(i, i + 5))) i += 5;
        else if ('"\\/bfnrt'.includes(text.charAt(i)) && i < text.length) i++;
        else fail('a valid escape');
      } else if (c < ' ') fail('no raw control character in a string');
      else i++;
    }
  };
  const value = (depth: number): void => {
    if (depth > 512) fail('less nesting');
    space();
    const c = text.charAt(i);
    if (c === '{') {
      i++;
      space();
      if (text.charAt(i) === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text.charAt(i) !== '"') fail('a double-quoted property name');
        string();
        space();
        if (text.charAt(i) !== ':') fail("':'");
        i++;
        value(depth + 1);
        space();
        if (text.charAt(i) === ',') i++;
        else if (text.charAt(i) === '}') {
          i++;
          return;
        } else fail("',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text.charAt(i) === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        space();
        if (text.charAt(i) === ',') i++;
        else if (text.charAt(i) === ']') {
          i++;
          return;
        } else fail("',' or ']'");
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i, i + 400),
    );
    if (literal === null) fail('a JSON value');
    i += literal?.[0].length ?? 0;
  };
  try {
    value(0);
    space();
    if (i < text.length) fail('end of input');
    return { offset: text.length, expected: 'valid JSON' };
  } catch (error) {
    if (error instanceof JsonSyntax) return { offset: error.offset, expected: error.expected };
    throw error;
  }
}
