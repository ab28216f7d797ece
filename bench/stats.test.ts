import { expect, test } from 'vitest';
import { median, quantile, round } from './stats.ts';

test('the median of an odd count is the middle value, whatever the order', () => {
  expect(median([9, 1, 5])).toBe(5);
});

test('the median of an even count is the lower middle value, one that was observed', () => {
  expect(median([4, 1, 3, 2])).toBe(2);
});

test('p95 of 20 samples is the 19th smallest', () => {
  const samples = Array.from({ length: 20 }, (_, i) => 20 - i);

  expect(quantile(samples, 0.95)).toBe(19);
});

test('p100 is the maximum and p0 the minimum', () => {
  expect(quantile([3, 7, 5], 1)).toBe(7);
  expect(quantile([3, 7, 5], 0)).toBe(3);
});

test('no samples give NaN rather than a made-up figure', () => {
  expect(quantile([], 0.5)).toBeNaN();
});

test('rounds to the given number of digits', () => {
  expect(round(12.345, 1)).toBe(12.3);
  expect(round(12.345, 0)).toBe(12);
});
