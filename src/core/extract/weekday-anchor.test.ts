import { describe, expect, it } from 'vitest';
import { analyseSentence } from './analyse-sentence.ts';
import type { DateMention } from './date-mentions.ts';
import { dayAnchor, type AnchorInputs } from './weekday-anchor.ts';

/** Headline, then body sentences; `paragraphs` gives each body sentence's paragraph. */
function inputs(
  body: string[],
  paragraphs: number[],
  published: string | null,
  dateline: string | null = null,
): AnchorInputs {
  const sentences = [
    analyseSentence('Robot fair', -1),
    ...body.map((t, i) => analyseSentence(t, i)),
  ];
  return { sentences, paragraphs: [-1, ...paragraphs], dateline, published, fallbackYear: null };
}

function weekdayOf(input: AnchorInputs, position: number): DateMention {
  const m = input.sentences[position]?.dates.find(
    (d) => d.weekday !== null || d.dayOffset !== null,
  );
  if (m === undefined) throw new Error('no weekday');
  return m;
}

describe('dayAnchor', () => {
  const briefing = 'Organisers briefed reporters on March 3.';
  const opened = 'The Northfield Robot Fair opened on Monday.';

  it('takes a date named earlier in the same paragraph', () => {
    const input = inputs([briefing, opened], [0, 0], '2025-03-14');
    expect(dayAnchor(input, 2, weekdayOf(input, 2))).toEqual({
      date: '2025-03-03',
      label: 'a date named earlier in the paragraph',
      named: true,
    });
  });

  it('ignores a date in another paragraph', () => {
    const input = inputs([briefing, opened], [0, 1], '2025-03-14');
    expect(dayAnchor(input, 2, weekdayOf(input, 2))).toBeNull();
  });

  it('takes the dateline when the paragraph names no date', () => {
    const input = inputs([opened], [0], '2025-03-14', '2025-03-05');
    expect(dayAnchor(input, 1, weekdayOf(input, 1))?.date).toBe('2025-03-05');
  });

  it('does not count a past-tense weekday from a day after publication', () => {
    const input = inputs(
      ['The fair, which runs until March 20, opened on Monday.'],
      [0],
      '2025-03-14',
    );
    expect(dayAnchor(input, 1, weekdayOf(input, 1))).toBeNull();
  });

  it('does not count from a date weeks away from publication', () => {
    const input = inputs(['On January 3, plans were made.', opened], [0, 0], '2025-03-14');
    expect(dayAnchor(input, 2, weekdayOf(input, 2))).toBeNull();
  });

  it('counts "today" from the dateline, never from a paragraph date', () => {
    const input = inputs(
      ['On March 3 plans were made and the fair opens today.'],
      [0],
      '2025-03-06',
      '2025-03-05',
    );
    expect(dayAnchor(input, 1, weekdayOf(input, 1))?.date).toBe('2025-03-05');
  });
});
