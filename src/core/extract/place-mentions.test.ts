import { describe, expect, it } from 'vitest';
import { findPlaceMentions } from './place-mentions.ts';
import { capitalisedRuns, tokenize } from './tokens.ts';

function places(sentence: string) {
  const tokens = tokenize(sentence);
  return findPlaceMentions(sentence, tokens, capitalisedRuns(sentence, tokens)).map((p) => ({
    name: p.name,
    level: p.level,
    context: p.context,
  }));
}

describe('findPlaceMentions', () => {
  it('ends a place where "for the" begins the event it hosts', () => {
    const found = places('The sector meets in Utrecht for the Quantum Software Days.');
    expect(found).toEqual([{ name: 'Utrecht', level: 'city', context: [] }]);
  });

  it('keeps "X Town of Y District" whole, with the district as context', () => {
    expect(
      places('The conference started in Anting Town of Jiading District on Wednesday.'),
    ).toEqual([
      { name: 'Anting Town of Jiading District', level: 'town', context: ['Jiading District'] },
    ]);
  });

  it('reads a "a town in East China\'s Zhejiang Province" apposition as context, nearest first', () => {
    expect(
      places("It opened in Wuzhen, a town in East China's Zhejiang Province, on Sunday."),
    ).toEqual([{ name: 'Wuzhen', level: 'town', context: ['Zhejiang Province', 'China'] }]);
  });

  it('reads "capital of central China\'s Hubei Province"', () => {
    expect(
      places("It will be held in Wuhan, capital of central China's Hubei Province.")[0]?.context,
    ).toEqual(['Hubei Province', 'China']);
  });

  it('reads comma-separated qualifiers after a venue', () => {
    expect(
      places('It takes place at the Las Vegas Convention Center in Las Vegas, Nevada.'),
    ).toEqual([
      { name: 'Las Vegas Convention Center', level: 'venue', context: ['Las Vegas', 'Nevada'] },
    ]);
  });

  it('reads a place in parentheses after a venue', () => {
    expect(
      places('It will be held at the National Exhibition and Convention Center (Shanghai).')[0],
    ).toEqual({
      name: 'National Exhibition and Convention Center',
      level: 'venue',
      context: ['Shanghai'],
    });
  });

  it('takes the place after a possessive city, keeping the city as context', () => {
    expect(places("The expo opens in Tianjin's Binhai New Area.")).toEqual([
      { name: 'Binhai New Area', level: 'district', context: ['Tianjin'] },
    ]);
  });

  it('accepts a lower-case district word', () => {
    expect(places("It was held in Shanghai's Putuo district.")[0]?.name).toBe('Putuo district');
  });

  it('stops a venue at its possessive: "the Open University of China\'s classroom"', () => {
    expect(
      places('It was held in the Open University of China’s (OUC) immersive classroom.')[0],
    ).toMatchObject({
      name: 'Open University of China',
      level: 'venue',
    });
  });

  it('reads venues that end in neither Center nor Hall', () => {
    expect(places('The show was held at Paris Expo Porte de Versailles in Paris.')[0]?.level).toBe(
      'venue',
    );
    expect(places('It opened at Messe Berlin in Germany.')[0]?.name).toBe('Messe Berlin');
    expect(places('It was held at the Singapore Expo.')[0]).toMatchObject({
      name: 'Singapore Expo',
      level: 'venue',
    });
  });

  it('reads "the Shanghai leg of" as a place', () => {
    expect(places('The Shanghai leg of the conference kicked off on Aug 17.')[0]?.name).toBe(
      'Shanghai',
    );
  });

  it('returns an unknown level for a capitalised name nothing marks as a place', () => {
    expect(places('It was held at Moscone on Monday.')[0]).toMatchObject({
      name: 'Moscone',
      level: null,
    });
  });

  it('does not take an organisation or an event for a place', () => {
    expect(
      places(
        'He spoke at the China Academy of Information and Communications Technology Committee.',
      ),
    ).toEqual([]);
    expect(
      places('A park was named at the 2022 Shanghai Global Investment Promotion Conference.'),
    ).toEqual([]);
  });
});
