import { describe, expect, it } from 'vitest';
import { findNameMentions } from './event-names.ts';
import { findGenericMentions } from './generic-mentions.ts';
import { capitalisedRuns, tokenize } from './tokens.ts';

function generics(sentence: string) {
  const tokens = tokenize(sentence);
  return findGenericMentions(
    tokens,
    findNameMentions(sentence, tokens, capitalisedRuns(sentence, tokens)),
  );
}

describe('findGenericMentions', () => {
  it('reads "the two-day conference" with its modifier', () => {
    expect(
      generics('Some activities are held online during the two-day conference.'),
    ).toMatchObject([{ noun: 'conference', modifiers: 'two-day', otherEdition: false }]);
  });

  it('reads a sentence-initial "The event"', () => {
    expect(generics('The event was held both online and offline.')[0]?.noun).toBe('event');
  });

  it('marks another edition: "last year\'s forum"', () => {
    expect(generics("Last year's forum drew 2,000 people.")[0]?.otherEdition).toBe(true);
  });

  it('reads "the 43rd edition" as this edition and "the previous edition" as another', () => {
    expect(
      generics(
        'The 43rd edition ran from October 16 to 20, a week after the previous edition.',
      ).map((g) => [g.modifiers, g.otherEdition]),
    ).toEqual([
      ['43rd', false],
      ['previous', true],
    ]);
  });

  it('does not count plural sub-forums', () => {
    expect(generics('The conference features nine sub-forums.').map((g) => g.noun)).toEqual([
      'conference',
    ]);
  });
});
