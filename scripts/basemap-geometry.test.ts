import { describe, expect, test } from 'vitest';
import { roundGeometry, shrinkLine, simplifyLine } from './basemap-geometry.ts';

describe('simplifyLine', () => {
  test('drops vertices closer to the chord than the tolerance', () => {
    const line = [
      [0, 0],
      [1, 0.001],
      [2, -0.001],
      [3, 0],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [3, 0],
    ]);
  });

  test('keeps a vertex farther than the tolerance', () => {
    const line = [
      [0, 0],
      [1, 0.5],
      [2, 0],
    ];
    expect(simplifyLine(line, 0.01)).toEqual(line);
  });
});

describe('shrinkLine', () => {
  test('rounds to two decimals and removes the repeats rounding creates', () => {
    const line = [
      [10.001, 20.001],
      [10.002, 20.002],
      [11.5, 21.5],
    ];
    expect(shrinkLine(line, 2)).toEqual([
      [10, 20],
      [11.5, 21.5],
    ]);
  });
});

describe('roundGeometry', () => {
  test('drops a polygon that collapses below a ring', () => {
    const tiny = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [0.001, 0],
          [0.001, 0.001],
          [0, 0],
        ],
      ],
    };
    expect(roundGeometry(tiny, 2)).toBeNull();
  });

  test('keeps a closed ring closed', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    const out = roundGeometry(square, 2);
    expect(out?.type).toBe('Polygon');
    const ring = out?.type === 'Polygon' ? out.coordinates[0] : undefined;
    expect(ring?.[0]).toEqual(ring?.[ring.length - 1]);
    expect(ring).toHaveLength(5);
  });

  test('keeps only the lines of a multi-line that survive', () => {
    const g = {
      type: 'MultiLineString' as const,
      coordinates: [
        [
          [0, 0],
          [5, 5],
        ],
        [
          [1, 1],
          [1.001, 1.001],
        ],
      ],
    };
    expect(roundGeometry(g, 2)).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [0, 0],
          [5, 5],
        ],
      ],
    });
  });
});
