import { expect, test } from 'vitest';
import { prewarmCanvas } from './prewarm-canvas.ts';

test('draws a character and reads a pixel back, which is what sets the canvas up', () => {
  const calls: string[] = [];
  prewarmCanvas(() => ({
    fillText: (text: string) => {
      calls.push(`fillText ${text}`);
    },
    getImageData: (x: number, y: number, width: number, height: number) => {
      calls.push(`getImageData ${String([x, y, width, height])}`);
      return [0, 0, 0, 0];
    },
  }));

  expect(calls).toEqual(['fillText 0', 'getImageData 0,0,1,1']);
});

test('does nothing where no 2D canvas can be had (Node, old browsers)', () => {
  expect(typeof OffscreenCanvas).toBe('undefined');
  expect(() => {
    prewarmCanvas();
  }).not.toThrow();
});
