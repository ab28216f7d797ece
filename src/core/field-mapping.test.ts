import { describe, expect, test } from 'vitest';
import { detectMapping, formatMapping, parseMapping, readPoint } from './field-mapping.ts';

const usgs = () =>
  [0, 1, 2].map((i) => ({
    mag: 4.5 + i,
    place: `10km N of Town ${String(i)}`,
    time: 1695200000000 + i,
    url: 'https://example.org',
    title: `M ${String(4.5 + i)} - Town`,
    type: 'earthquake',
  }));

describe('detectMapping', () => {
  test('reads the USGS feed: title as name, time as start, type as category', () => {
    expect(detectMapping(usgs())).toMatchObject({
      name: 'title',
      start: 'time',
      place: 'place',
      category: 'type',
      lat: '',
    });
  });

  test('finds latitude and longitude columns under their usual names', () => {
    const rows = [{ name: 'A', date: '2023-01-01', latitude: '31.2', lng: '121.4' }];
    expect(detectMapping(rows)).toMatchObject({ start: 'date', lat: 'latitude', lon: 'lng' });
  });

  test('finds a WKT point column', () => {
    expect(detectMapping([{ name: 'A', wkt: 'POINT (121.4 31.2)' }]).point).toBe('wkt');
  });

  test('a column typed as a date is the start whatever its name', () => {
    const rows = [{ title: 'A', opened: new Date('2021-05-01T09:00Z') }];
    expect(detectMapping(rows).start).toBe('opened');
  });

  test('a column whose values do not fit is not guessed', () => {
    const rows = [{ latitude: 'north', longitude: 'east' }];
    expect(detectMapping(rows)).toMatchObject({ lat: '', lon: '' });
  });

  test('the user mapping wins, and a column that is not there maps none', () => {
    const mapping = detectMapping(usgs(), { name: 'place', start: 'missing' });
    expect(mapping).toMatchObject({ name: 'place', start: '' });
  });
});

test('reads a WKT or GeoJSON point and refuses one out of range', () => {
  expect(readPoint('POINT (121.4 31.2)')).toEqual([121.4, 31.2]);
  expect(readPoint({ type: 'Point', coordinates: [1, 2, 3] })).toEqual([1, 2]);
  expect(readPoint('POINT (200 31)')).toBeNull();
});

test('a mapping survives the URL', () => {
  const mapping = { start: 'time', lat: 'y', category: '' };
  expect(parseMapping(formatMapping(mapping))).toEqual(mapping);
});
