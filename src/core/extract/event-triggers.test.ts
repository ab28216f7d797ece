import { describe, expect, it } from 'vitest';
import { analyseSentence } from './analyse-sentence.ts';
import { triggeredNames } from './event-triggers.ts';

const names = (text: string): string[] =>
  triggeredNames(analyseSentence(text, 0)).map((m) => m.name);

describe('triggeredNames', () => {
  it('takes a one-word brand that "opens in" a city for an event', () => {
    expect(names('Technova opens in Lisbon on Monday.')).toEqual(['Technova']);
  });

  it('takes a name that "kicks off" on a date', () => {
    expect(names('Bytefest Nord kicks off on May 4 with a keynote.')).toEqual(['Bytefest Nord']);
  });

  it('takes a name with a year that "is held"', () => {
    expect(names('Zyx 2025 will be held in Oslo.')).toEqual(['Zyx 2025']);
  });

  it('takes a name that "attracts" counted exhibitors', () => {
    expect(names('Fieramondo attracts more than 1,800 exhibitors every year.')).toEqual([
      'Fieramondo',
    ]);
  });

  it('takes a name with an apposition before its verb', () => {
    expect(names('Technova, the annual tech gathering, opens in Lisbon.')).toEqual(['Technova']);
  });

  it('takes "the 5th …" for an edition', () => {
    expect(names('Visitors crowded the 5th Smartgrid in Oslo.')).toEqual(['5th Smartgrid']);
  });

  it('takes the name after "the 12th edition of"', () => {
    expect(names('The 12th edition of Zyx drew crowds.')).toEqual(['Zyx']);
  });

  it('takes the name before "\'s 10th edition"', () => {
    expect(names("Zyx's 10th edition was a success.")).toEqual(['Zyx']);
  });

  it('takes a year-named proper noun in an event slot', () => {
    expect(names('The robot was unveiled at Zyx 2025 on Friday.')).toEqual(['Zyx 2025']);
  });

  it('does not take a company that opens something', () => {
    expect(names('Examplesoft opens a new office in Lisbon.')).toEqual([]);
  });

  it('does not take a common noun opening the sentence', () => {
    expect(names('Registration opens on May 1.')).toEqual([]);
  });

  it('does not take a place that ends a longer subject', () => {
    expect(names('A forum for people on both sides of the Baltic Sea was held in Riga.')).toEqual(
      [],
    );
  });

  it('does not take a year-named plan or report', () => {
    expect(names('The rule is part of the Digital Vision 2030 plan at Ministry level.')).toEqual(
      [],
    );
  });

  it('does not take a place with a year', () => {
    expect(names('Athletes arrived at Paris 2024 on Monday.')).toEqual([]);
  });
});

describe('triggeredNames: names shown by apposition, naming and acronyms', () => {
  it('takes a name in apposition with an event word', () => {
    expect(
      names('Students will join the Kestrel Code Sprint, a 48-hour hackathon in Pune.'),
    ).toEqual(['Kestrel Code Sprint']);
  });

  it('takes a name in apposition with modifiers joined by "and"', () => {
    expect(names('The organisers of Zyx Tech, a technology and innovation fair, said so.')).toEqual(
      ['Zyx Tech'],
    );
  });

  it('takes the name an event is called', () => {
    expect(names('The event, called Red Valley Hack, will be held on May 3.')).toEqual([
      'Red Valley Hack',
    ]);
  });

  it('takes a name followed by "which was to be held"', () => {
    expect(
      names('Organisers of the Zyxtreffen Nord, which was to be held on April 25, spoke.'),
    ).toEqual(['Zyxtreffen Nord']);
  });

  it('takes a name in another language spelled out by its acronym', () => {
    const [m] = triggeredNames(
      analyseSentence(
        "The second edition of the Salon international de l'électronique (SIE) will be held in Dakar.",
        0,
      ),
    );
    expect([m?.name, m?.alias]).toEqual(["Salon international de l'électronique", 'SIE']);
  });

  it('does not take a company in apposition with an unrelated noun', () => {
    expect(names('Examplesoft, the company behind the summit, hired staff.')).toEqual([]);
  });
});

describe('triggeredNames: what an apposition does not make an event', () => {
  it('does not take a venue before "the event" opening the main clause', () => {
    expect(names('Held in June at the Grand Exampleton Hotel, the event drew crowds.')).toEqual([]);
  });

  it('does not take a venue described as a convention centre', () => {
    expect(
      names('It opens at Exampleton Central, the old station turned convention centre.'),
    ).toEqual([]);
  });

  it('keeps a name in another language with its "in" and city', () => {
    expect(
      names('I spent two days at AI-dagarna i Exampleby, the small AI conference run by the city.'),
    ).toEqual(['AI-dagarna i Exampleby']);
  });

  it('does not take "the 4th District" for an edition', () => {
    expect(names('The fair was due at the exhibition centre in the 4th District.')).toEqual([]);
  });

  it('gives the name the event word of its apposition', () => {
    const [m] = triggeredNames(
      analyseSentence('The organisers of Zyx Tech, a technology fair, said so.', 0),
    );
    expect(m?.noun).toBe('fair');
  });

  it('does not take a person who opens an edition for an event', () => {
    expect(names('The Prime Minister opens 28th Zyx Expo in the capital.')).toEqual([]);
  });

  it('does not take a factory, a film or a company at its booth for an event', () => {
    expect([
      names('Gigafactory Exampleton opens on Tuesday after delays.'),
      names('Zyxheimer opens in cinemas on July 21.'),
      names('Examplesoft drew more than 10,000 visitors to its booth on Friday.'),
    ]).toEqual([[], [], []]);
  });
});
