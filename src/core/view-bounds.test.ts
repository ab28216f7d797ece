import { describe, expect, test } from 'vitest';
import { viewBounds } from './view-bounds.ts';

describe('viewBounds', () => {
  test('zoom 0 in a 512-pixel square shows the whole Mercator world', () => {
    const [west, south, east, north] = viewBounds({ lon: 0, lat: 0, zoom: 0 }, 512, 512);
    expect([west, east]).toEqual([-180, 180]);
    expect(north).toBeCloseTo(85.0511, 3);
    expect(south).toBeCloseTo(-85.0511, 3);
  });

  test('one zoom level halves the span around the centre', () => {
    const [west, , east] = viewBounds({ lon: 116.3, lat: 39.9, zoom: 9 }, 600, 400);
    // 600 px at zoom 9: 600 / (512 * 512) of 360 degrees.
    expect(east - west).toBeCloseTo((600 / (512 * 512)) * 360, 6);
    expect((east + west) / 2).toBeCloseTo(116.3, 6);
  });

  test('keeps the centre latitude inside a view away from the equator', () => {
    const [, south, , north] = viewBounds({ lon: 121.47, lat: 31.23, zoom: 6 }, 800, 500);
    expect(south).toBeLessThan(31.23);
    expect(north).toBeGreaterThan(31.23);
    // Mercator stretches the north: the same pixels cover fewer degrees there.
    expect(north - 31.23).toBeLessThan(31.23 - south);
  });

  test('a view across the antimeridian has west greater than east', () => {
    const [west, , east] = viewBounds({ lon: 179, lat: 0, zoom: 4 }, 400, 400);
    expect(west).toBeGreaterThan(0);
    expect(east).toBeLessThan(0);
  });

  test('a view wider than the world spans every longitude', () => {
    const [west, , east] = viewBounds({ lon: 10, lat: 0, zoom: 0 }, 1600, 400);
    expect([west, east]).toEqual([-180, 180]);
  });
});
