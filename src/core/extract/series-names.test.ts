import { describe, expect, it } from 'vitest';
import { analyseSentence } from './analyse-sentence.ts';
import { createSeriesIndex } from './event-series.ts';
import { seriesNames, seriesOfName } from './series-names.ts';
import { createSeries } from './series-fixture.ts';

const ZYX = createSeries({ aliases: ['ZYX', 'Zyxfair'] });
const index = createSeriesIndex([ZYX]);

describe('seriesNames', () => {
  it('names the edition with the year after the alias, as a show', () => {
    const [m] = seriesNames(analyseSentence('Crowds came to Zyxfair 2023 in the rain.', 0), index);
    expect([m?.name, m?.year, m?.noun, m?.core]).toEqual([
      'Zyxfair 2023',
      2023,
      'show',
      'zyx electronics fair',
    ]);
  });

  it('leaves an alias inside a name other rules found', () => {
    const s = analyseSentence('The ZYX Developer Conference opened.', 0);
    expect(seriesNames(s, index)).toEqual([]);
  });
});

describe('seriesOfName', () => {
  it('finds the series of a name that opens with a year and an alias', () => {
    expect(seriesOfName('2024 ZYX Berlin', index)?.id).toBe('zyx');
  });

  it('finds none for a name that only contains an alias', () => {
    expect(seriesOfName('Conference on ZYX Standards', index)).toBeNull();
  });
});
