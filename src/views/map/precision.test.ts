import { expect, test } from 'vitest';
import type { LocationPrecision } from '../../core/event.ts';
import { precisionClass } from './precision.ts';

test.each<[LocationPrecision, string]>([
  ['venue', 'exact'],
  ['zone', 'exact'],
  ['town', 'local'],
  ['district', 'local'],
  ['city', 'area'],
  ['province', 'area'],
  ['country', 'area'],
  ['unknown', 'area'],
])('a %s placement looks %s', (precision, look) => {
  expect(precisionClass(precision)).toBe(look);
});
