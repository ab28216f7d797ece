import { describe, expect, it } from 'vitest';
import { mergeStatus } from './merge-status.ts';

describe('mergeStatus', () => {
  it('takes the status of the latest report', () => {
    expect(
      mergeStatus([
        { status: 'postponed', published: '2026-02-01' },
        { status: 'held', published: '2026-06-08' },
        { status: 'planned', published: '2026-01-10' },
      ]),
    ).toBe('held');
  });

  it('prefers a cancellation among reports of the same day', () => {
    expect(
      mergeStatus([
        { status: 'planned', published: '2026-02-01' },
        { status: 'cancelled', published: '2026-02-01' },
      ]),
    ).toBe('cancelled');
  });

  it('ranks undated reports below dated ones', () => {
    expect(
      mergeStatus([
        { status: 'cancelled', published: null },
        { status: 'planned', published: '2026-02-01' },
      ]),
    ).toBe('planned');
  });
});
