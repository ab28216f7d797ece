import { describe, expect, test } from 'vitest';
import { timeSeries } from './aggregate-time.ts';
import { crossFilter } from './cross-filter.ts';
import { createEventFeature } from './event-fixture.ts';
import { buildEventStore } from './event-store.ts';
import { emptyFilters, type Filters } from './filters.ts';

function createStore() {
  return buildEventStore([
    createEventFeature({ id: 'a', start: '2020-11-23', year: 2020 }),
    createEventFeature({ id: 'b', start: '2022-04-30', year: 2022 }),
    createEventFeature({ id: 'c', start: '2022-09-02', year: 2022 }),
    createEventFeature({ id: 'd', start: '2023-01-01', year: 2023, date_precision: 'year' }),
    createEventFeature({ id: 'e', start: '2023-08-17', year: 2023, themes: ['xr'] }),
    createEventFeature({ id: 'f', start: null, year: null, date_precision: 'unknown' }),
  ]);
}

function seriesFor(filters: Partial<Filters>) {
  const store = createStore();
  const all = { ...emptyFilters, ...filters };
  return timeSeries(store, crossFilter(store, all), all.years);
}

describe('timeSeries', () => {
  test('counts events per year over every year of the dataset, gaps included', () => {
    const series = seriesFor({});
    expect(series.unit).toBe('year');
    expect(series.bins.map((b) => [b.key, b.count])).toEqual([
      ['2020', 1],
      ['2021', 0],
      ['2022', 2],
      ['2023', 2],
    ]);
  });

  test('marks the bars inside a selected range of more than two years', () => {
    const series = seriesFor({ years: { from: 2021, to: 2023 } });
    expect(series.unit).toBe('year');
    expect(series.bins.filter((b) => b.selected).map((b) => b.year)).toEqual([2021, 2022, 2023]);
  });

  test('ignores its own clause: other years keep their counts', () => {
    const series = seriesFor({ years: { from: 2020, to: 2022 } });
    expect(series.bins.find((b) => b.year === 2023)?.count).toBe(2);
  });

  test('follows the other clauses', () => {
    const series = seriesFor({ themes: ['xr'] });
    expect(series.bins.map((b) => b.count)).toEqual([0, 0, 0, 1]);
  });

  test('switches to months when the shown range spans two years or less', () => {
    const series = seriesFor({ years: { from: 2022, to: 2022 } });
    expect(series.unit).toBe('month');
    expect(series.bins).toHaveLength(12);
    expect(series.bins.filter((b) => b.count > 0).map((b) => b.title)).toEqual([
      'April 2022',
      'September 2022',
    ]);
  });

  test('counts the events dated only to the year apart from the month bars', () => {
    const series = seriesFor({ years: { from: 2022, to: 2023 } });
    expect(series.bins).toHaveLength(24);
    expect(series.bins.reduce((sum, b) => sum + b.count, 0)).toBe(3);
    expect(series.yearOnly).toBe(1);
  });

  test('labels January with its year', () => {
    const series = seriesFor({ years: { from: 2022, to: 2023 } });
    expect(series.bins.map((b) => b.label).filter((l) => /^\d+$/.test(l))).toEqual([
      '2022',
      '2023',
    ]);
    expect(series.bins[1]?.label).toBe('Feb');
  });

  test('shows zero months for a selected year outside the dataset', () => {
    const series = seriesFor({ years: { from: 1999, to: 1999 } });
    expect(series.bins.every((b) => b.count === 0)).toBe(true);
  });

  test('has no bars when no event is dated', () => {
    const store = buildEventStore([createEventFeature({ start: null, year: null })]);
    expect(timeSeries(store, crossFilter(store, emptyFilters), null).bins).toEqual([]);
  });

  test('charts only the years 1900 to 2100 and counts the events dated outside them', () => {
    const store = buildEventStore([
      createEventFeature({ id: 'a', start: '2022-04-30', year: 2022 }),
      createEventFeature({ id: 'b', start: '2024-04-30', year: 2024 }),
      createEventFeature({ id: 'c', start: '9999-12-31', year: 9999 }),
      createEventFeature({ id: 'd', start: '0001-01-01', year: 1 }),
    ]);
    const series = timeSeries(store, crossFilter(store, emptyFilters), null);
    expect(series.bins.map((b) => b.key)).toEqual(['2022', '2023', '2024']);
    expect(series.outside).toBe(2);
  });

  test('narrows a shared range of years 1 to 9999 to the charted years with events', () => {
    const store = buildEventStore([
      createEventFeature({ id: 'a', start: '2022-04-30', year: 2022 }),
      createEventFeature({ id: 'c', start: '9999-12-31', year: 9999 }),
    ]);
    const years = { from: 1, to: 9999 };
    const series = timeSeries(store, crossFilter(store, { ...emptyFilters, years }), years);
    expect([series.unit, series.bins.length, series.outside]).toEqual(['month', 12, 1]);
  });
});
