import { describe, expect, it } from 'vitest';
import { OVERSCAN, rowWindow } from './use-row-window.ts';

describe('rowWindow', () => {
  it('renders the visible rows and the overscan below them at the top of the table', () => {
    expect(rowWindow(1000, { top: 0, rows: 10 }, 40)).toEqual({
      first: 0,
      last: 10 + OVERSCAN,
      padTop: 0,
      padBottom: (1000 - 1 - (10 + OVERSCAN)) * 40,
    });
  });

  it('starts the overscan above the first visible row once scrolled', () => {
    const range = rowWindow(1000, { top: 500, rows: 10 }, 40);
    expect(range.first).toBe(500 - OVERSCAN);
    expect(range.last).toBe(510 + OVERSCAN);
    expect(range.padTop).toBe((500 - OVERSCAN) * 40);
    expect(range.padTop + (range.last - range.first + 1) * 40 + range.padBottom).toBe(1000 * 40);
  });

  it('keeps the window inside the rows when the filter just shrank them below the scroll', () => {
    const range = rowWindow(30, { top: 500, rows: 10 }, 40);
    expect(range.last).toBe(29);
    expect(range.first).toBe(29 - 10 - OVERSCAN);
    expect(range.padBottom).toBe(0);
  });

  it('renders nothing for no rows', () => {
    expect(rowWindow(0, { top: 3, rows: 10 }, 40)).toEqual({
      first: 0,
      last: -1,
      padTop: 0,
      padBottom: 0,
    });
  });
});
