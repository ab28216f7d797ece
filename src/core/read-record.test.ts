import { describe, expect, test } from 'vitest';
import { detectMapping } from './field-mapping.ts';
import { RecordReader, type RawRecord } from './read-record.ts';

function readAll(records: RawRecord[]) {
  const reader = new RecordReader(detectMapping(records.map((r) => r.properties)));
  return { events: records.map((r) => reader.read(r)), notes: reader.notes };
}

const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });

describe('RecordReader', () => {
  test('a field of the wrong type drops that field, not the feature, and keeps the value', () => {
    const { events, notes } = readAll([
      { properties: { id: 'a', name: 'A', participants: 'many' }, geometry: point(1, 2) },
    ]);
    expect(events[0]?.properties).toMatchObject({ id: 'a', name: 'A', participants: null });
    expect(events[0]?.extra).toEqual({ participants: 'many' });
    expect(notes.dropped.participants?.count).toBe(1);
  });

  test('drops an impossible date with a note', () => {
    const { events, notes } = readAll([{ properties: { name: 'A', start: '2023-02-30' } }]);
    expect(events[0]?.properties).toMatchObject({ start: null, date_precision: 'unknown' });
    expect(notes.dropped.start?.example).toBe('"2023-02-30" is not a calendar date');
  });

  test('drops an end before the start', () => {
    const { events } = readAll([
      { properties: { name: 'A', start: '2023-05-02', end: '2023-05-01' } },
    ]);
    expect(events[0]?.properties.end).toBeNull();
  });

  test('a start without date_precision gets the precision its text implies', () => {
    const { events } = readAll([
      { properties: { name: 'A', start: '2023-05' } },
      { properties: { name: 'B', start: '2021' } },
    ]);
    expect(events.map((e) => [e.properties.start, e.properties.date_precision])).toEqual([
      ['2023-05-01', 'month'],
      ['2021-01-01', 'year'],
    ]);
  });

  test('takes the Feature id, keeps unknown properties, and fills defaults', () => {
    const { events, notes } = readAll([
      { properties: { title: 'Quake', mag: 4.5 }, featureId: 'us7', geometry: point(3, 4) },
    ]);
    expect(events[0]).toMatchObject({
      id: 'us7',
      geometry: point(3, 4),
      extra: { mag: 4.5 },
      properties: { id: 'us7', name: 'Quake', role: 'reported', status: 'held', themes: [] },
    });
    expect(notes.extraKeys).toEqual(['mag']);
  });

  test('a repeated id gets a suffix instead of losing the feature', () => {
    const { events, notes } = readAll([
      { properties: { id: 'x', name: 'A' } },
      { properties: { id: 'x', name: 'B' } },
    ]);
    expect(events.map((e) => e.properties.id)).toEqual(['x', 'x-2']);
    expect(notes.renamedIds).toBe(1);
  });

  test('reads the first published schema, evidence as one text', () => {
    const { events } = readAll([{ properties: { id: 'a', name: 'A', evidence: 'It was held.' } }]);
    expect(events[0]?.properties.evidence).toEqual({ date: 'It was held.', place: null });
  });

  test('reads lists written as CSV cells or JSON', () => {
    const { events } = readAll([
      { properties: { name: 'A', themes: 'ai; metaverse', organisers: '["X","Y"]' } },
    ]);
    expect(events[0]?.properties).toMatchObject({
      themes: ['ai', 'metaverse'],
      organisers: ['X', 'Y'],
    });
  });
});
