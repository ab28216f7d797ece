import { describe, expect, it } from 'vitest';
import { createEventFeature } from '../../core/event-fixture.ts';
import { buildEventStore, type EventStore } from '../../core/event-store.ts';
import type { EventProperties } from '../../core/event.ts';
import { rankTexts } from '../../core/rank-texts.ts';
import type { TextRanker } from './rank-texts-in-worker.ts';
import {
  prepareSortOrder,
  rankInWorkerAbove,
  sortOrderReady,
  sortRows,
  type TableSort,
} from './table-sort.ts';

function createStore(...overrides: Partial<EventProperties>[]): EventStore {
  return buildEventStore(overrides.map((o, i) => createEventFeature({ id: `e${i}`, ...o })));
}

function ids(store: EventStore, rows: Uint32Array): string[] {
  return [...rows].map((i) => store.event(i)?.properties.id ?? '?');
}

function all(store: EventStore): Uint32Array {
  return Uint32Array.from({ length: store.size }, (_, i) => i);
}

const undated: Partial<EventProperties> = {
  start: null,
  end: null,
  year: null,
  date_precision: 'unknown',
};

describe('sortRows', () => {
  it('sorts by start date ascending, undated last', () => {
    const store = createStore(
      { start: '2023-09-20' },
      undated,
      { start: '2022-04-30' },
      { start: '2022-06-01', date_precision: 'month' },
    );
    expect(ids(store, sortRows(store, all(store), { key: 'date', dir: 'asc' }))).toEqual([
      'e2',
      'e3',
      'e0',
      'e1',
    ]);
  });

  it('a start with unknown precision sorts as undated, though a dated event shares it', () => {
    const store = createStore(
      { start: '2023-09-20', date_precision: 'unknown' },
      { start: '2023-09-20' },
      { start: '2021-01-01' },
    );
    expect(ids(store, sortRows(store, all(store), { key: 'date', dir: 'asc' }))).toEqual([
      'e2',
      'e1',
      'e0',
    ]);
  });

  it('reverses the dated events when descending, undated still last', () => {
    const store = createStore({ start: '2023-09-20' }, undated, { start: '2022-04-30' });
    expect(ids(store, sortRows(store, all(store), { key: 'date', dir: 'desc' }))).toEqual([
      'e0',
      'e2',
      'e1',
    ]);
  });

  it('keeps only the rows asked for', () => {
    const store = createStore({ name: 'b' }, { name: 'c' }, { name: 'a' });
    const sort: TableSort = { key: 'name', dir: 'asc' };
    expect(ids(store, sortRows(store, Uint32Array.of(1, 2), sort))).toEqual(['e2', 'e1']);
  });

  it('sorts names ignoring case and with numbers in numeric order', () => {
    const store = createStore(
      { name: 'forum 10' },
      { name: 'Forum 9' },
      { name: 'expo' },
      { name: 'Zhongguancun Forum' },
    );
    expect(ids(store, sortRows(store, all(store), { key: 'name', dir: 'asc' }))).toEqual([
      'e2',
      'e1',
      'e0',
      'e3',
    ]);
  });

  it('keeps store order among equal values', () => {
    const store = createStore(
      { city: 'X', place: 'Shanghai' },
      { place: 'Beijing' },
      { place: 'Shanghai' },
    );
    expect(ids(store, sortRows(store, all(store), { key: 'place', dir: 'asc' }))).toEqual([
      'e1',
      'e0',
      'e2',
    ]);
  });

  it('keeps store order among names and places that differ only in case', () => {
    const store = createStore(
      { name: 'Forum', place: 'Shanghai' },
      { name: 'forum', place: 'shanghai' },
      { name: 'Expo', place: 'Beijing' },
      { name: 'Forum', place: 'Shanghai' },
    );
    for (const key of ['name', 'place'] as const) {
      expect(ids(store, sortRows(store, all(store), { key, dir: 'asc' }))).toEqual([
        'e2',
        'e0',
        'e1',
        'e3',
      ]);
    }
  });

  it('sorts participants as numbers, unknown last', () => {
    const store = createStore({ participants: 1000 }, { participants: null }, { participants: 90 });
    expect(ids(store, sortRows(store, all(store), { key: 'participants', dir: 'desc' }))).toEqual([
      'e0',
      'e2',
      'e1',
    ]);
  });

  it('sorts themes by their labels', () => {
    const store = createStore({ themes: ['xr'] }, { themes: [] }, { themes: ['ai'] });
    expect(ids(store, sortRows(store, all(store), { key: 'themes', dir: 'asc' }))).toEqual([
      'e2',
      'e0',
      'e1',
    ]);
  });

  it('sorts theme lists by their labels in the order each event gives them', () => {
    const store = createStore(
      { themes: ['metaverse', 'ai'] },
      { themes: ['ai', 'metaverse'] },
      { themes: [] },
      { themes: ['ai'] },
      { themes: ['metaverse', 'ai'] },
      { themes: ['ai', 'metaverse', 'xr'] },
    );
    const labels = [...sortRows(store, all(store), { key: 'themes', dir: 'asc' })].map((i) =>
      (store.event(i)?.properties.themes ?? []).join('+'),
    );

    expect(labels).toEqual([
      'ai',
      'ai+metaverse',
      'ai+metaverse+xr',
      'metaverse+ai',
      'metaverse+ai',
      '',
    ]);
  });

  it('sorts theme lists too long to code as one number by their labels too', () => {
    // Three themes and 32 entries: a list's code would be near 2^64, where numbers that differ
    // only in the last theme are one and the same.
    const long = (last: string): string[] => [
      ...Array.from({ length: 31 }, (_, k) => (k % 2 === 0 ? 'ai' : 'xr')),
      last,
    ];
    const store = createStore(
      { themes: long('xr') },
      { themes: ['metaverse'] },
      { themes: long('ai') },
      { themes: ['ai'] },
      { themes: long('ai') },
    );

    expect(ids(store, sortRows(store, all(store), { key: 'themes', dir: 'asc' }))).toEqual([
      'e3',
      'e2',
      'e4',
      'e0',
      'e1',
    ]);
  });

  it('sorts an empty selection to an empty result', () => {
    const store = createStore({}, {});
    expect(sortRows(store, new Uint32Array(0), { key: 'format', dir: 'asc' })).toHaveLength(0);
  });
});

describe('prepareSortOrder', () => {
  // More names than are ranked on the page's thread; each test prepares its own store's order.
  const create = () =>
    buildEventStore(
      Array.from({ length: rankInWorkerAbove + 1 }, (_, i) =>
        createEventFeature({
          id: `n${String(i)}`,
          name: `${i % 2 === 0 ? 'forum' : 'Expo'} ${String(i)}`,
        }),
      ),
    );
  const inThread: TextRanker = (texts, first) => Promise.resolve(rankTexts(texts, first));

  it('orders as sortRows does, its texts ranked by the ranker given', async () => {
    const store = create();
    const asked: number[] = [];
    const ranker: TextRanker = (texts, first) => {
      asked.push(texts.length);
      return inThread(texts, first);
    };
    expect(sortOrderReady(store, 'name')).toBe(false);

    await prepareSortOrder(store, 'name', ranker);

    expect(asked).toHaveLength(1);
    expect(sortOrderReady(store, 'name')).toBe(true);
    const sort: TableSort = { key: 'name', dir: 'desc' };
    const fresh = create();
    expect(ids(store, sortRows(store, all(store), sort))).toEqual(
      ids(fresh, sortRows(fresh, all(fresh), sort)),
    );
  });

  it('ranks once when asked twice before it is done', async () => {
    const store = create();
    let calls = 0;
    const ranker: TextRanker = (texts, first) => {
      calls++;
      return new Promise((resolve) =>
        setTimeout(() => {
          resolve(rankTexts(texts, first));
        }, 5),
      );
    };

    await Promise.all([
      prepareSortOrder(store, 'name', ranker),
      prepareSortOrder(store, 'name', ranker),
    ]);
    await prepareSortOrder(store, 'name', ranker);

    expect(calls).toBe(1);
  });

  it('builds a cheap order at once, without the ranker', async () => {
    const store = create();
    let calls = 0;

    await prepareSortOrder(store, 'date', (texts, first) => {
      calls++;
      return inThread(texts, first);
    });

    expect(calls).toBe(0);
    expect(sortOrderReady(store, 'date')).toBe(true);
  });
});
