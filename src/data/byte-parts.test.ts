import { describe, expect, test } from 'vitest';
import { firstByteToFetch, PartWindow, partStarts } from './byte-parts.ts';

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
const decode = (b: Uint8Array): string => new TextDecoder().decode(b);

/** What one reader of the part [from, to) keeps of `bytes` arriving in pieces of `size`. */
function readPart(bytes: Uint8Array, from: number, to: number | null, size: number): Uint8Array {
  const window = new PartWindow(from, to);
  const kept: number[] = [];
  for (let at = firstByteToFetch(from); at < bytes.length && !window.done; at += size) {
    kept.push(...window.take(bytes.subarray(at, at + size)));
  }
  return Uint8Array.from(kept);
}

function parts(bytes: Uint8Array, starts: readonly number[], size: number): string[] {
  return starts.map((from, k) => decode(readPart(bytes, from, starts[k + 1] ?? null, size)));
}

/** A deterministic pseudo-random sequence, so a failing case can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('partStarts', () => {
  test('shares the bytes out evenly from 0', () => {
    expect(partStarts(10, 3)).toEqual([0, 3, 6]);
    expect(partStarts(10, 1)).toEqual([0]);
  });
});

describe('PartWindow', () => {
  test('parts start at line starts and together give back every byte once', () => {
    const next = random(7);
    for (let round = 0; round < 300; round++) {
      const lines = Array.from({ length: Math.floor(next() * 8) }, () =>
        'é界x'.repeat(Math.floor(next() * 5)),
      );
      const text = lines.join('\n') + (next() < 0.5 ? '\n' : '');
      const bytes = encode(text);
      const count = 1 + Math.floor(next() * 4);
      const starts = partStarts(bytes.length, count);
      const got = parts(bytes, starts, 1 + Math.floor(next() * 9));
      expect(got.join('')).toBe(text);
      for (let k = 1; k < got.length; k++) {
        if (got[k] !== '') expect(got.slice(0, k).join('')).toMatch(/(^|\n)$/);
      }
    }
  });

  test('a part starts after the first newline at or after the byte before its start', () => {
    const bytes = encode('aaaa\nbbbb\ncccc\n');
    // Starting at 5, the byte before (4) is the newline: the part starts at 5 itself.
    expect(parts(bytes, [0, 5], 3)).toEqual(['aaaa\n', 'bbbb\ncccc\n']);
    // Starting at 6, it moves on to the next line.
    expect(parts(bytes, [0, 6], 3)).toEqual(['aaaa\nbbbb\n', 'cccc\n']);
  });

  test('a part inside one long line is empty, and the next part starts after that line', () => {
    const bytes = encode('x\n' + 'y'.repeat(40) + '\nz\n');
    expect(parts(bytes, [0, 10, 20, 30], 4)).toEqual([
      'x\n' + 'y'.repeat(40) + '\n',
      '',
      '',
      'z\n',
    ]);
  });

  test('a part ends once its last newline has passed and takes nothing after', () => {
    const window = new PartWindow(0, 3);
    expect(decode(window.take(encode('ab\ncd')))).toBe('ab\n');
    expect(window.done).toBe(true);
    expect(window.take(encode('ef\n'))).toHaveLength(0);
  });

  test('extended before its end, a part reads on to the end of the file', () => {
    const window = new PartWindow(0, 3);
    expect(decode(window.take(encode('a')))).toBe('a');

    expect(window.extend()).toBe(true);
    expect(decode(window.take(encode('b\ncd\n')))).toBe('b\ncd\n');
    expect(window.done).toBe(false);
    expect(window.extended).toBe(true);
    expect(window.extend()).toBe(false);
  });

  test('a part cannot be extended once its end has passed', () => {
    const window = new PartWindow(0, 3);
    window.take(encode('ab\ncd'));

    expect(window.extend()).toBe(false);
    expect(window.take(encode('ef\n'))).toHaveLength(0);
  });
});
