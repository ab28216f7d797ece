import { describe, expect, it } from 'vitest';
import { analyseSentence } from './analyse-sentence.ts';
import { createSeriesIndex } from './event-series.ts';
import { withEventNames } from './extra-names.ts';
import { createSeries } from './series-fixture.ts';

const ZYX = createSeries();

function analysed(...texts: string[]) {
  return texts.map((t, i) => analyseSentence(t, i - 1));
}

function namesOf(texts: string[], series = createSeriesIndex([])): string[][] {
  return withEventNames(analysed(...texts), series).map((s) => s.names.map((n) => n.name));
}

describe('withEventNames', () => {
  it('finds a name shown to be an event again in the headline and later sentences', () => {
    const found = namesOf([
      'Crowds Flock To Technova',
      'Technova opens in Lisbon on Monday.',
      'Organisers said Technova sold out.',
    ]);
    expect(found).toEqual([['Technova'], ['Technova'], ['Technova']]);
  });

  it('finds a series acronym with its year', () => {
    const found = namesOf(['', 'Crowds filled the halls at ZYX 2024.'], createSeriesIndex([ZYX]));
    expect(found[1]).toEqual(['ZYX 2024']);
  });

  it('gives every alias of one series one key', () => {
    const sentences = withEventNames(
      analysed('', 'The Zyx Electronics Fair opens on Friday.', 'ZYX expects 900 exhibitors.'),
      createSeriesIndex([ZYX]),
    );
    const cores = sentences.flatMap((s) => s.names.map((n) => n.core));
    expect(new Set(cores).size).toBe(1);
  });

  it('finds a name the headline calls an event', () => {
    const found = namesOf(['Zyxconf North: a tiny conference in a big hall', 'About 200 came.']);
    expect(found[0]).toEqual(['Zyxconf North']);
  });

  it('takes a one-word name for the longer name it opens', () => {
    const sentences = withEventNames(
      analysed(
        '',
        'Zyxcon Global opened on Monday in Oslo.',
        'Zyxcon has been held in Oslo since 2001.',
      ),
      null,
    );
    const cores = sentences.flatMap((s) => s.names.map((n) => n.core));
    expect(new Set(cores)).toEqual(new Set(['zyxcon global']));
  });

  it('finds a name by its verb in a sentence-case headline', () => {
    const found = namesOf([
      'Technova opens in Lisbon with record crowds',
      'The show runs until Friday.',
    ]);
    expect(found[0]).toEqual(['Technova']);
  });

  it('keeps the body spelling of a name the headline writes differently', () => {
    const found = namesOf(['Zyxcon opens in Oslo', 'ZYXCON opened in Oslo on Monday.']);
    expect(found[0]).toEqual([]);
  });
});
