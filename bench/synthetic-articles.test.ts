import { describe, expect, it } from 'vitest';
import { createArticles, seededRandom } from './synthetic-articles.ts';

describe('createArticles', () => {
  it('is the same corpus for the same seed', () => {
    const text = (seed: number): string[] =>
      createArticles(200, seed).map(
        (f) => `${f.path}:${new TextDecoder().decode(f.bytes ?? new Uint8Array())}`,
      );
    expect(text(7)).toEqual(text(7));
    expect(text(7)).not.toEqual(text(8));
  });

  it('mixes the input formats', () => {
    const extensions = new Set(
      createArticles(500, 1).map((f) => f.path.slice(f.path.lastIndexOf('.'))),
    );
    expect([...extensions].sort()).toEqual(['.html', '.jsonl', '.md', '.txt']);
  });

  it('holds the requested number of articles, counting JSONL records', () => {
    const files = createArticles(1000, 3);
    const records = files
      .filter((f) => f.path.endsWith('.jsonl'))
      .reduce(
        (n, f) =>
          n +
          new TextDecoder()
            .decode(f.bytes ?? new Uint8Array())
            .trim()
            .split('\n').length,
        0,
      );
    const others = files.filter((f) => !f.path.endsWith('.jsonl')).length;
    expect(records + others).toBe(1000);
  });
});

describe('seededRandom', () => {
  it('stays within [0, 1)', () => {
    const random = seededRandom(42);
    const values = Array.from({ length: 1000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});
