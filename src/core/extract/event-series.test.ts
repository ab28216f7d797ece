import { describe, expect, it } from 'vitest';
import { createSeriesIndex, parseEventSeries, type EventSeries } from './event-series.ts';

function row(over: Partial<EventSeries> & Pick<EventSeries, 'id' | 'name'>): EventSeries {
  return {
    aliases: [],
    kind: 'trade show',
    city: 'Exampleton',
    country: 'DE',
    venue: null,
    lat: 52.5,
    lon: 13.4,
    months: [9],
    frequency: 'annual',
    themes: [],
    source: 'https://example.org/series',
    ...over,
  };
}

const ROWS = [
  row({ id: 'zyx', name: 'Zyx Fair', aliases: ['ZYX', 'Zyx Fair Global'] }),
  row({ id: 'build', name: 'Builders Week', aliases: ['Build'] }),
  row({ id: 'lower', name: 'zyxtronica', aliases: ['示例博览会', 'ゼットショー'] }),
];

describe('parseEventSeries', () => {
  it('reads well-formed rows', () => {
    const rows = parseEventSeries(JSON.stringify({ series: ROWS }), 'series.json');
    expect(rows.map((r) => r.id)).toEqual(['zyx', 'build', 'lower']);
  });

  it('names the file and the row of a malformed row', () => {
    const bad = { series: [ROWS[0], { ...ROWS[1], months: ['May'] }] };
    expect(() => parseEventSeries(JSON.stringify(bad), 'series.json')).toThrow(
      /series\.json: row 2 \("build"\)/,
    );
  });

  it('names the file when the text is not JSON', () => {
    expect(() => parseEventSeries('{', 'series.json')).toThrow(/series\.json: not valid JSON/);
  });

  it('refuses two rows with one id', () => {
    const twice = { series: [ROWS[0], ROWS[0]] };
    expect(() => parseEventSeries(JSON.stringify(twice), 'series.json')).toThrow(/duplicate id/);
  });
});

describe('createSeriesIndex', () => {
  const index = createSeriesIndex(ROWS);

  it('finds an acronym alias with the year after it', () => {
    const [m] = index.find('Crowds filled the halls at ZYX 2024 on Friday.');
    expect([m?.series.id, m?.text, m?.year]).toEqual(['zyx', 'ZYX', 2024]);
  });

  it('matches an acronym only in capitals and as a whole word', () => {
    expect(index.find('The zyx booth and ZYXtra sold out.')).toEqual([]);
  });

  it('matches other aliases whatever their case, when written capitalised', () => {
    expect(index.find('The ZYX FAIR GLOBAL opened.').map((m) => m.text)).toEqual([
      'ZYX FAIR GLOBAL',
    ]);
  });

  it('does not take a lowercase common word for a one-word alias', () => {
    expect(index.find('They build robots; Build opens today.').map((m) => m.index)).toEqual([19]);
  });

  it('lets the longest alias win where two overlap', () => {
    expect(index.find('Zyx Fair Global opens.').map((m) => m.text)).toEqual(['Zyx Fair Global']);
  });

  it('finds the series of an event name without its year or ordinal', () => {
    expect(index.byName('the 12th Zyx Fair 2025')?.id).toBe('zyx');
    expect(index.byName('Other Expo')).toBeNull();
  });

  it('matches an alias written in lower case as it is written', () => {
    expect(index.find('Visitors at zyxtronica 2025 saw robots.').map((m) => m.text)).toEqual([
      'zyxtronica',
    ]);
  });

  it('matches an alias in a script without spaces inside a longer run of text', () => {
    expect(index.find('第三届示例博览会开幕，ゼットショーも').map((m) => m.text)).toEqual([
      '示例博览会',
      'ゼットショー',
    ]);
  });
});
