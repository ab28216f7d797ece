import { describe, expect, it } from 'vitest';
import { analyseSentence } from './analyse-sentence.ts';
import { articlePlaces, contextFromArticle } from './place-context.ts';

const places = (...texts: string[]) => articlePlaces(texts.map((t, i) => analyseSentence(t, i)));

describe('articlePlaces', () => {
  it('counts places named on their own, including possessives', () => {
    const found = places(
      "It boosts Shanghai's digital economy.",
      'Parks in Shanghai and Xuhui District grow.',
    );
    expect(found.find((p) => p.name === 'Shanghai')?.count).toBe(2);
    expect(found.find((p) => p.name === 'Xuhui District')?.level).toBe('district');
  });

  it('skips places inside organisation names', () => {
    expect(places('Beijing Institute of Technology hosted it.')).toEqual([]);
  });

  it('skips where people came from and lists of cities', () => {
    expect(
      places(
        'Students from Taiwan joined.',
        'People from Beijing, Shanghai, Guangzhou and Nanjing joined.',
      ),
    ).toEqual([]);
  });

  it('counts the dateline city twice', () => {
    expect(articlePlaces([], 'Hangzhou')).toEqual([
      { name: 'Hangzhou', level: 'city', count: 2, first: 0 },
    ]);
  });
});

describe('contextFromArticle', () => {
  it('qualifies a zone with the district and city the article names, narrowest first', () => {
    const article = places(
      "Xuhui District will grow, as will Shanghai's parks.",
      'Parks in Shanghai and in Xuhui District grow.',
    );
    expect(contextFromArticle('Caohejing Development Zone', 'zone', [], article)).toEqual([
      'Xuhui District',
      'Shanghai',
    ]);
  });

  it('adds nothing to a city', () => {
    expect(contextFromArticle('Shanghai', 'city', [], places('It is in China.'))).toEqual([]);
  });

  it('skips places of another country than the phrase names', () => {
    const article = places("China's firms came.", "China's firms came again.");
    expect(contextFromArticle('Fira Gran Via', 'venue', ['Barcelona', 'Spain'], article)).toEqual(
      [],
    );
  });
});
