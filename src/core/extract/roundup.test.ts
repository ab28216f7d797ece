import { describe, expect, it } from 'vitest';
import type { Article } from '../article.ts';
import { analyseSentence } from './analyse-sentence.ts';
import { extractEvents } from './extract-events.ts';
import { isListLine, readHeading } from './roundup.ts';

function article(text: string, published: string): Article {
  return { file: 'roundup.txt', title: null, text, published, url: null, outlet: null };
}

const heading = (text: string) => readHeading(analyseSentence(text, 1), 1);

describe('readHeading', () => {
  it('reads a name, a city and a date separated by commas', () => {
    const h = heading('Zyx Expo, Oslo, Sept. 4-6');
    expect([h?.name.name, h?.places.map((p) => p.name)]).toEqual(['Zyx Expo', ['Oslo']]);
  });

  it('reads a name without an event word before a dash', () => {
    const h = heading('Technova — Exampleburg, 19-20 October');
    expect([h?.name.name, h?.places.map((p) => p.name)]).toEqual(['Technova', ['Exampleburg']]);
  });

  it('reads a lowercase brand and a date in brackets', () => {
    const h = heading('zyxtronica, Exampleburg (14-16 March)');
    expect([h?.name.name, h?.places.map((p) => p.name)]).toEqual(['zyxtronica', ['Exampleburg']]);
  });

  it('reads a name followed directly by its date in brackets', () => {
    expect(heading('Zyx Messe (17-21 April)')?.name.name).toBe('Zyx Messe');
  });

  it('reads a name in bold followed by its city and dates in brackets', () => {
    const h = heading('**Zyxcon** (Exampleburg, June 17-20).');
    expect([h?.name.name, h?.places.map((p) => p.name)]).toEqual(['Zyxcon', ['Exampleburg']]);
  });

  it('does not take a sentence with a verb after the comma for a heading', () => {
    expect(heading('Zyx Expo, which opens on May 4, is the largest fair.')).toBeNull();
  });

  it('does not take a fact-sheet label for an event name', () => {
    expect(heading('Venue: Oslo, May 4')).toBeNull();
  });
});

describe('isListLine', () => {
  it('keeps short list items and dated heading lines', () => {
    expect([
      isListLine('- Zyx, Oslo, May 4'),
      isListLine('Zyx — 4 May'),
      isListLine('Photo'),
    ]).toEqual([true, true, false]);
  });
});

describe('extractEvents on a roundup', () => {
  const text = [
    'Three tech events to watch this spring',
    '',
    'Here is our pick of the season.',
    '',
    '1. Cloud Builders Summit, Austin, March 3-4',
    'Two days of talks on platform engineering.',
    '',
    '2. Technova — Lisbon, 10-12 March',
    'The start-up gathering is held in the old docks.',
    '',
    '- Data Days, Riga, March 20',
  ].join('\n');

  it('returns one event per item, each with its own date and place', () => {
    const events = extractEvents(article(text, '2025-02-20'));
    expect(events.map((e) => [e.name, e.start, e.end, e.place])).toEqual([
      ['Cloud Builders Summit', '2025-03-03', '2025-03-04', 'Austin'],
      ['Technova', '2025-03-10', '2025-03-12', 'Lisbon'],
      ['Data Days', '2025-03-20', '2025-03-20', 'Riga'],
    ]);
  });

  it('reports every item, not only the first', () => {
    const events = extractEvents(article(text, '2025-02-20'));
    expect(events.map((e) => e.role)).toEqual(['reported', 'reported', 'reported']);
  });
});

describe('extractEvents on a roundup written as prose', () => {
  it('dates and places each event the sentences list', () => {
    const text =
      'Busy autumn ahead\n\nNext up is the Quantum Software Forum in Toronto on October 2. After that, the Edge Computing Congress is in Madrid on October 15.';
    const events = extractEvents(article(text, '2025-09-20'));
    expect(events.map((e) => [e.name, e.start, e.place])).toEqual([
      ['Quantum Software Forum', '2025-10-02', 'Toronto'],
      ['Edge Computing Congress', '2025-10-15', 'Madrid'],
    ]);
  });
});

describe('extractEvents: the paragraph under a roundup heading', () => {
  it('places the heading event where the paragraph says, without a verb of taking place', () => {
    const text = [
      'Two dates for spring',
      '',
      'Technova — 10-12 March',
      'Talks fill the old docks in Lisbon.',
      '',
      'Zyx Data Days — 20-21 March',
      'Workshops for analysts in Madrid.',
    ].join('\n');
    const events = extractEvents(article(text, '2025-02-20'));
    expect(events.map((e) => [e.name, e.place])).toEqual([
      ['Technova', 'Lisbon'],
      ['Zyx Data Days', 'Madrid'],
    ]);
  });
});
