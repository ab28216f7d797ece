import { describe, expect, test } from 'vitest';
import { createEventFeature } from '../../core/event-fixture.ts';
import { buildEventStore } from '../../core/event-store.ts';
import { buildPointIndex, mercatorX, mercatorY, type MercatorBox } from './event-bins.ts';
import { EventSourceSync, type DataSink, type SyncMode } from './event-source-sync.ts';

function createSink() {
  const sent: number[] = [];
  const sink: DataSink = {
    setData: (data) => {
      sent.push(typeof data === 'object' && 'features' in data ? data.features.length : -1);
      return Promise.resolve();
    },
  };
  return { sink, sent };
}

function createIndex() {
  return buildPointIndex(
    buildEventStore([
      createEventFeature({ id: 'a' }, [121.47, 31.23]),
      createEventFeature({ id: 'b' }, [121.47, 31.23]),
      createEventFeature({ id: 'c' }, [116.41, 39.9]),
    ]),
  );
}

function box(w: number, s: number, e: number, n: number): MercatorBox {
  return [mercatorX(w), mercatorY(n), mercatorX(e), mercatorY(s)];
}

const all = Uint32Array.of(0, 1, 2);
const china = { zoom: 5.4, visible: box(110, 25, 125, 40) };

function createSync(mode: SyncMode = 'binned') {
  const { sink, sent } = createSink();
  return { sync: new EventSourceSync(sink, mode), sent };
}

describe('EventSourceSync', () => {
  test('sends the binned rows once, and nothing again for the same rows and view', () => {
    const { sync, sent } = createSync();
    const index = createIndex();
    sync.update(index, all, null, china);
    sync.update(index, Uint32Array.of(0, 1, 2), null, china);
    expect(sent).toEqual([2]);
  });

  test('re-sends when the rows change', () => {
    const { sync, sent } = createSync();
    const index = createIndex();
    sync.update(index, all, null, china);
    sync.update(index, Uint32Array.of(2), null, china);
    expect(sent).toEqual([2, 1]);
  });

  test('re-bins at a new whole zoom, not within one', () => {
    const { sync, sent } = createSync();
    const index = createIndex();
    sync.update(index, all, null, china);
    sync.update(index, all, null, { ...china, zoom: 5.9 });
    sync.update(index, all, null, { ...china, zoom: 6.1 });
    expect(sent).toHaveLength(2);
  });

  test('a small pan stays inside the fine area; a far one re-bins', () => {
    const { sync, sent } = createSync();
    const index = createIndex();
    sync.update(index, all, null, china);
    sync.update(index, all, null, { ...china, visible: box(112, 25, 127, 40) });
    expect(sent).toHaveLength(1);
    sync.update(index, all, null, { ...china, visible: box(-10, 40, 5, 55) });
    expect(sent).toHaveLength(2);
  });

  test('lists the members of a bin it sent', () => {
    const { sync } = createSync();
    sync.update(createIndex(), all, null, china);
    expect(sync.members(0)).toEqual([0, 1]);
  });

  test('the naive mode sends every filtered event and ignores the camera', () => {
    const { sync, sent } = createSync('naive');
    const index = createIndex();
    sync.update(index, all, null, china);
    sync.update(index, all, null, { zoom: 9, visible: box(0, 0, 1, 1) });
    expect(sent).toEqual([3]);
  });
});
