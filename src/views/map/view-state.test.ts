import { describe, expect, test } from 'vitest';
import { normaliseBounds, roundView, sameView, wrapLon } from './view-state.ts';

describe('roundView', () => {
  test('keeps four decimals of position and two of zoom', () => {
    expect(roundView(121.473456789, 31.230416, 7.123456)).toEqual({
      lon: 121.4735,
      lat: 31.2304,
      zoom: 7.12,
    });
  });

  test('wraps a longitude panned past the antimeridian', () => {
    expect(roundView(190, 10, 3).lon).toBe(-170);
  });
});

describe('sameView', () => {
  test('ignores differences below the rounding', () => {
    expect(sameView({ lon: 10, lat: 20, zoom: 3 }, { lon: 10.00001, lat: 20, zoom: 3.001 })).toBe(
      true,
    );
  });

  test('sees a real pan', () => {
    expect(sameView({ lon: 10, lat: 20, zoom: 3 }, { lon: 10.5, lat: 20, zoom: 3 })).toBe(false);
  });

  test('treats 180 and -180 as the same meridian', () => {
    expect(sameView({ lon: 180, lat: 0, zoom: 2 }, { lon: -180, lat: 0, zoom: 2 })).toBe(true);
  });
});

describe('normaliseBounds', () => {
  test('passes ordinary bounds through', () => {
    expect(normaliseBounds(100, 20, 125, 45)).toEqual([100, 20, 125, 45]);
  });

  test('a view across the antimeridian gives west greater than east', () => {
    expect(normaliseBounds(170, -10, 200, 10)).toEqual([170, -10, -160, 10]);
  });

  test('a view wider than the world covers every longitude', () => {
    expect(normaliseBounds(-300, -80, 300, 80)).toEqual([-180, -80, 180, 80]);
  });

  test('clamps latitudes to the poles', () => {
    expect(normaliseBounds(0, -95, 10, 100)).toEqual([0, -90, 10, 90]);
  });
});

describe('wrapLon', () => {
  test('maps any longitude into -180..180', () => {
    expect(wrapLon(540)).toBe(180);
    expect(wrapLon(-190)).toBe(170);
    expect(wrapLon(45)).toBe(45);
  });
});
