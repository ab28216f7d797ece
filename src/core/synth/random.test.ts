import { describe, expect, test } from 'vitest';
import { createRandom } from './random.ts';

function draw(seed: number, n: number): number[] {
  const rng = createRandom(seed);
  return Array.from({ length: n }, () => rng.next());
}

describe('createRandom', () => {
  test('repeats its sequence for the same seed', () => {
    expect(draw(42, 100)).toEqual(draw(42, 100));
  });

  test('gives different sequences for neighbouring seeds', () => {
    const a = draw(1, 20);
    const b = draw(2, 20);

    expect(a.filter((x, i) => x === b[i]).length).toBe(0);
  });

  test('stays in [0, 1) and fills the interval evenly', () => {
    const values = draw(3, 20_000);
    const deciles = new Array<number>(10).fill(0);
    for (const v of values) deciles[Math.floor(v * 10)] = (deciles[Math.floor(v * 10)] ?? 0) + 1;

    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    for (const n of deciles) expect(Math.abs(n - 2000)).toBeLessThan(200);
  });

  test('draws integers below n, every one of them', () => {
    const rng = createRandom(4);
    const seen = new Set(Array.from({ length: 1000 }, () => rng.int(7)));

    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  test('draws indices in proportion to their weights, never a zero weight', () => {
    const rng = createRandom(5);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) {
      const k = rng.weighted([1, 0, 3]);
      counts[k] = (counts[k] ?? 0) + 1;
    }

    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeCloseTo(3, 0);
  });

  test('refuses to pick from an empty list', () => {
    expect(() => createRandom(6).pick([])).toThrow(RangeError);
  });
});
