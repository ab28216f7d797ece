import { describe, expect, it } from 'vitest';
import { readHeader } from './headline.ts';

const BODY = 'The forum was held in Beijing on Tuesday, gathering more than 200 experts.';

describe('readHeader', () => {
  it('reads "date YYYY-MM-DD Headline" on one line', () => {
    const h = readHeader(` date 2022-09-05 Industry forum opens in Xuhui\n\n${BODY}`);
    expect(h).toEqual({
      title: 'Industry forum opens in Xuhui',
      published: '2022-09-05',
      body: BODY,
    });
  });

  it('reads a "Published:" line with a time after the headline and sub-headline', () => {
    const h = readHeader(
      `China showcases digital know-how\nConference stresses cooperation\nPublished: Nov 22, 2020 07:43 PM\n\n${BODY}`,
    );
    expect(h).toEqual({
      title: 'China showcases digital know-how',
      published: '2020-11-22',
      body: BODY,
    });
  });

  it('reads "(outlet)Updated : date"', () => {
    const h = readHeader(
      `Metaverse conference opens\n\n(en.sh-italent.com)Updated : 2023-08-23\n\n${BODY}`,
    );
    expect([h.title, h.published]).toEqual(['Metaverse conference opens', '2023-08-23']);
  });

  it('reads "Posted on YYYY/MM/DD" and skips a press-release label', () => {
    const h = readHeader(
      `PRESS RELEASE\nPosted on 2024/03/05\n\nChip summit set for April\n\n${BODY}`,
    );
    expect([h.title, h.published]).toEqual(['Chip summit set for April', '2024-03-05']);
  });

  it('reads a date inside an agency line', () => {
    const h = readHeader(
      `AI summit opens in Hangzhou\nSource: Xinhua | Updated: 2023-11-23 21:07\n\n${BODY}`,
    );
    expect([h.title, h.published]).toEqual(['AI summit opens in Hangzhou', '2023-11-23']);
  });

  it('skips a byline under the headline', () => {
    const h = readHeader(`World Metaverse Conference begins\n\nHu Min\n${BODY}`);
    expect([h.title, h.published, h.body]).toEqual([
      'World Metaverse Conference begins',
      null,
      BODY,
    ]);
  });

  it('returns no title when the text starts with a paragraph', () => {
    expect(readHeader(BODY)).toEqual({ title: null, published: null, body: BODY });
  });

  it('cuts a headline that runs into the next line without a space', () => {
    const h = readHeader(
      'date 2022-09-05 Celebrities Gather at the Science and Technology CarnivalFly into the homes of people\n\nBody text follows here and it is a sentence.',
    );
    expect(h.title).toBe('Celebrities Gather at the Science and Technology Carnival');
  });

  it('reads a full date from a wire-service dateline when no date line exists', () => {
    const h = readHeader(
      'Chip summit opens\n\nSHENZHEN, China, March 5, 2024 /PRNewswire/ -- The summit opened today.',
    );
    expect(h.published).toBe('2024-03-05');
  });

  it('reads an ISO date-time without taking the time for a headline', () => {
    const h = readHeader(`Published: 2023-09-20T10:17:00+08:00\nRobot expo opens\n\n${BODY}`);
    expect([h.title, h.published]).toEqual(['Robot expo opens', '2023-09-20']);
  });

  it('keeps a line introducing a list after the headline in the body', () => {
    const h = readHeader('Three dates for spring\nOur pick of the season:\nZyx Days — 9 March');
    expect([h.title, h.body]).toEqual([
      'Three dates for spring',
      'Our pick of the season:\nZyx Days — 9 March',
    ]);
  });

  it('keeps a dated line after the headline in the body', () => {
    const h = readHeader('Spring events\nTechnova — Lisbon, 10-12 March\nTwo days of talks.');
    expect(h.body).toBe('Technova — Lisbon, 10-12 March\nTwo days of talks.');
  });

  // A backtracking pattern took 84 s on this line: the timeout is the guard, not a target.
  it('reads a 200,000-letter line as its headline', () => {
    const line = 'a'.repeat(200_000);
    expect(readHeader(line).title).toBe(line);
  });
});
