import { describe, expect, test } from 'vitest';
import { themeBins, themeOrder } from './aggregate-themes.ts';
import { crossFilter } from './cross-filter.ts';
import { createEventFeature } from './event-fixture.ts';
import { buildEventStore } from './event-store.ts';
import { emptyFilters } from './filters.ts';

function createStore() {
  return buildEventStore([
    createEventFeature({ id: 'a', themes: ['ai'], year: 2020, start: '2020-01-01' }),
    createEventFeature({ id: 'b', themes: ['metaverse', 'ai'] }),
    createEventFeature({ id: 'c', themes: ['metaverse'] }),
    createEventFeature({ id: 'd', themes: ['metaverse', 'my-own-theme'] }),
  ]);
}

describe('themeBins', () => {
  test('orders themes by their count in the whole dataset', () => {
    const store = createStore();
    const all = crossFilter(store, emptyFilters);
    const bins = themeBins(store, all, themeOrder(store, all.themeCounts), []);
    expect(bins.map((b) => [b.slug, b.count])).toEqual([
      ['metaverse', 3],
      ['ai', 2],
      ['my-own-theme', 1],
    ]);
  });

  test('takes labels and colours from the vocabulary, none for an unknown slug', () => {
    const store = createStore();
    const all = crossFilter(store, emptyFilters);
    const bins = themeBins(store, all, themeOrder(store, all.themeCounts), []);
    expect(bins[1]).toMatchObject({ label: 'Artificial intelligence', color: '#e4572e' });
    expect(bins[2]).toMatchObject({ label: 'my-own-theme', color: null });
  });

  test('counts over every clause but its own and marks the selected themes', () => {
    const store = createStore();
    const order = themeOrder(store, crossFilter(store, emptyFilters).themeCounts);
    const filters = { ...emptyFilters, themes: ['ai'], years: { from: 2020, to: 2020 } };
    const bins = themeBins(store, crossFilter(store, filters), order, filters.themes);
    expect(bins.map((b) => [b.slug, b.count, b.selected])).toEqual([
      ['metaverse', 0, false],
      ['ai', 1, true],
      ['my-own-theme', 0, false],
    ]);
  });

  test('keeps a bar for a selected theme the dataset lacks, so it can be unselected', () => {
    const store = createStore();
    const all = crossFilter(store, emptyFilters);
    const bins = themeBins(store, all, themeOrder(store, all.themeCounts), ['blockchain']);
    expect(bins.at(-1)).toMatchObject({ slug: 'blockchain', count: 0, selected: true });
  });
});
