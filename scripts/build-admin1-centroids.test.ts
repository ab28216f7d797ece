import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaCentroid, centroidsJson } from './build-admin1-centroids.ts';
import { CENTROIDS_FILE } from './load-gazetteer.ts';

describe('admin-1 centroids', () => {
  it('puts a square’s centroid at its middle', () => {
    const square = [
      [
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ],
    ];
    expect(areaCentroid({ type: 'Polygon', coordinates: square })).toEqual([1, 1]);
  });

  it('weighs the parts of a multipolygon by their area', () => {
    const part = (x: number, size: number) => [
      [
        [x, 0],
        [x + size, 0],
        [x + size, size],
        [x, size],
        [x, 0],
      ],
    ];
    const centroid = areaCentroid({ type: 'MultiPolygon', coordinates: [part(0, 3), part(10, 1)] });
    expect(centroid?.[0]).toBeCloseTo((1.5 * 9 + 10.5 * 1) / 10, 4);
  });

  it('is current: data/admin1-centroids.json is what the script writes', () => {
    expect(readFileSync(CENTROIDS_FILE, 'utf8')).toBe(centroidsJson());
  });
});
