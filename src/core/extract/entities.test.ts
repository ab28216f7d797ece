import { describe, expect, it } from 'vitest';
import type { Article } from '../article.ts';
import { extractEvents } from './extract-events.ts';

function article(text: string): Article {
  return {
    file: 'generic.txt',
    title: null,
    text,
    published: '2025-06-20',
    url: null,
    outlet: null,
  };
}

describe('an event the text never names', () => {
  it('is reported, named after the headline, with a warning', () => {
    const [e, ...rest] = extractEvents(
      article(
        'Robots take centre stage\n\nThe show opens in Munich on Tuesday and runs until Friday.',
      ),
    );
    expect(rest).toEqual([]);
    expect([e?.name, e?.place]).toEqual(['Robots take centre stage', 'Munich']);
    expect(e?.warnings).toContain('the text gives the event no name: named after the headline');
  });

  it('is named after its most descriptive generic phrase when there is one', () => {
    const [e] = extractEvents(
      article('A big week\n\nThe robotics show opens in Munich on Tuesday and runs until Friday.'),
    );
    expect(e?.name).toBe('Robotics show');
  });

  it('is not made up from "the event" in a text where nothing takes place', () => {
    const text = 'Markets calm\n\nAnalysts said the event had little effect on chip prices.';
    expect(extractEvents(article(text))).toEqual([]);
  });

  it('gives "the event" to the one event the article names, even before it is dated', () => {
    const text =
      'Developers gather\n\nMany teams signed up for Zyxcon Days this spring.\n\nThe event is held in Oslo on May 4.';
    const [e] = extractEvents(article(text));
    expect([e?.name, e?.start?.slice(5), e?.place]).toEqual(['Zyxcon Days', '05-04', 'Oslo']);
  });

  it('gives "the event" to the one named event even when only its organisers are named', () => {
    const text =
      'Fair moved\n\nThe organisers of Zyx Automation Days said that the event will be held in Basel on 14-16 September.';
    const [e] = extractEvents(article(text));
    expect([e?.name, e?.start?.slice(5), e?.place]).toEqual([
      'Zyx Automation Days',
      '09-14',
      'Basel',
    ]);
  });
});
