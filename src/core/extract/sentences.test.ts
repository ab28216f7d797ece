import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

describe('splitSentences', () => {
  it('splits at sentence ends but not after month abbreviations', () => {
    const s = splitSentences('The expo opened on Nov. 5 in Shanghai. It runs until Nov. 10.');
    expect(s.map((x) => x.text)).toEqual([
      'The expo opened on Nov. 5 in Shanghai.',
      'It runs until Nov. 10.',
    ]);
  });

  it('does not split after titles and initials', () => {
    expect(splitSentences('Mr. Li and Dr. J. Smith spoke at the forum on Monday.')).toHaveLength(1);
  });

  it('numbers paragraphs by non-empty line', () => {
    const s = splitSentences(
      'First paragraph is here and ends.\n\nSecond paragraph is here and ends.',
    );
    expect(s.map((x) => x.paragraph)).toEqual([0, 1]);
  });

  it('marks photo captions', () => {
    const s = splitSentences('The conference kicks off on Aug 17. [Photo/shobserver.com]');
    expect(s.every((x) => x.kind === 'caption')).toBe(true);
  });

  it('marks agency photo credits as captions', () => {
    const [s] = splitSentences(
      'A robot serves coffee at the expo in Hangzhou, Nov. 23, 2023. (Xinhua/Huang Zongzhi)',
    );
    expect(s?.kind).toBe('caption');
  });

  it('marks short lines without a full stop as fragments', () => {
    expect(splitSentences('Ti Gong')[0]?.kind).toBe('fragment');
  });

  // A backtracking pattern took seconds on this line: the timeout is the guard, not a target.
  it('keeps a 150,000-dot line as one sentence', () => {
    expect(splitSentences('.'.repeat(150_000))).toHaveLength(1);
  });
});
