import { describe, expect, test } from 'vitest';
import { defaultUrlState, parseUrlState, serializeUrlState, type UrlState } from './url-state.ts';

function createState(): UrlState {
  return {
    filters: {
      years: { from: 2022, to: 2023 },
      undated: 'exclude',
      themes: ['metaverse', 'ai'],
      q: 'forum',
      bbox: null,
    },
    inView: true,
    sel: 'second-world-metaverse-conference-2023-09-20',
    map: { lon: 121.47, lat: 31.23, zoom: 7.5 },
    data: 'https://example.org/events.geojson?v=2&x=1',
    fields: { start: 'time', lat: 'latitude', category: '' },
  };
}

test('keeps the field mapping in `fields=`, a field mapped to none included', () => {
  const query = serializeUrlState({ ...defaultUrlState, fields: { start: 'time', category: '' } });
  expect(query).toBe('?fields=start:time,category:');
  expect(parseUrlState(query).fields).toEqual({ start: 'time', category: '' });
});

describe('parseUrlState', () => {
  test('reads the contract names', () => {
    const state = parseUrlState('?years=2022-2023&themes=metaverse,ai&q=forum&sel=abc');
    expect(state.filters).toMatchObject({
      years: { from: 2022, to: 2023 },
      themes: ['metaverse', 'ai'],
      q: 'forum',
    });
    expect(state.sel).toBe('abc');
  });

  test('reads a single year as a one-year range', () => {
    expect(parseUrlState('?years=2022').filters.years).toEqual({ from: 2022, to: 2022 });
  });

  test('orders a reversed year range', () => {
    expect(parseUrlState('?years=2023-2020').filters.years).toEqual({ from: 2020, to: 2023 });
  });

  test('an empty query string is the default state', () => {
    expect(parseUrlState('')).toEqual(defaultUrlState);
  });

  test.each([
    'years=abc',
    'years=2022-',
    'years=0',
    'years=20222',
    'undated=maybe',
    'themes=,,',
    'themes=<script>',
    'map=1,2',
    'map=200,10,3',
    'map=10,10,99',
    'map=a,b,c',
    'map=,,',
    'inview=yes',
    'q=',
    'sel=',
    'unknown=1',
    '%E0%A4%A=bad-escape',
  ])('falls back to defaults on %s', (query) => {
    expect(parseUrlState(`?${query}`)).toEqual(defaultUrlState);
  });

  test('keeps the valid parameters beside a malformed one', () => {
    const state = parseUrlState('?years=nope&themes=ai');
    expect(state.filters.years).toBeNull();
    expect(state.filters.themes).toEqual(['ai']);
  });

  test('drops duplicate and malformed theme slugs', () => {
    expect(parseUrlState('?themes=ai,AI,bad slug,5g-6g').filters.themes).toEqual(['ai', '5g-6g']);
  });
});

describe('serializeUrlState', () => {
  test('writes the contract names readably', () => {
    expect(serializeUrlState(createState())).toBe(
      '?data=https://example.org/events.geojson%3Fv%3D2%26x%3D1' +
        '&fields=start:time,lat:latitude,category:&years=2022-2023&undated=exclude' +
        '&themes=metaverse,ai&q=forum&inview=1&sel=second-world-metaverse-conference-2023-09-20' +
        '&map=121.47,31.23,7.5',
    );
  });

  test('writes a one-year range as one year', () => {
    const state = createState();
    state.filters = { ...state.filters, years: { from: 2022, to: 2022 } };
    expect(serializeUrlState(state)).toContain('years=2022&');
  });

  test('writes nothing for the default state', () => {
    expect(serializeUrlState(defaultUrlState)).toBe('');
  });

  test('rounds the map view', () => {
    const state = { ...defaultUrlState, map: { lon: 121.123456, lat: 31.987654, zoom: 4.56789 } };
    expect(serializeUrlState(state)).toBe('?map=121.1235,31.9877,4.57');
  });

  test('keeps parameters that are not ours, after our own', () => {
    const state = { ...defaultUrlState, sel: 'a' };
    expect(serializeUrlState(state, '?debug&sel=old&utm_source=x%20y')).toBe(
      '?sel=a&debug&utm_source=x%20y',
    );
  });

  test('drops our own parameters of the previous query string', () => {
    expect(serializeUrlState(defaultUrlState, '?years=2022&themes=ai')).toBe('');
  });

  test('round-trips through parse', () => {
    const state = createState();
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });

  test('round-trips text with separators and CJK', () => {
    const state = {
      ...defaultUrlState,
      filters: { ...defaultUrlState.filters, q: '元宇宙 & a=b, c+d #1' },
    };
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });
});
