import { expect, test } from 'vitest';
import { formatTable, formatValue } from './report-table.ts';

test('prints a figure that was not measured as such, never as a number', () => {
  expect(formatValue(NaN)).toBe('not measured');
});

test('prints numbers with thousands separators and at most two decimals', () => {
  expect(formatValue(1234.5678)).toBe('1,234.57');
});

test('aligns every row under the header and marks misses', () => {
  const table = formatTable([
    { name: 'fast thing', value: 12.5, unit: 'ms', target: '≤ 30', meets: true },
    { name: 'slow', value: NaN, unit: 'ms', target: '≤ 100', meets: false },
  ]);

  const lines = table.split('\n');
  expect(lines[0]).toMatch(/^figure\s+value\s+unit\s+target\s+meets$/);
  expect(lines[2]).toMatch(/^fast thing\s+12\.5\s+ms\s+≤ 30\s+yes$/);
  expect(lines[3]).toMatch(/^slow\s+not measured\s+ms\s+≤ 100\s+NO$/);
  expect(lines[2]?.indexOf('ms')).toBe(lines[3]?.indexOf('ms'));
});
