// The first 2D canvas a page reads back from makes Chromium set up its canvas context with the GPU
// process, in one synchronous call. MapLibre's first label glyph (TinySDF) did that while a large
// dataset loaded, when the parsing workers and the map's software WebGL had both cores: 100–600 ms
// of one task. Done as the page starts, it costs tens of milliseconds.

interface Canvas2d {
  fillText(text: string, x: number, y: number): void;
  getImageData(x: number, y: number, width: number, height: number): unknown;
}

/** Draws and reads back one pixel, as TinySDF would; a no-op where there is no OffscreenCanvas. */
export function prewarmCanvas(
  context2d: () => Canvas2d | null = () =>
    typeof OffscreenCanvas === 'undefined'
      ? null
      : new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true }),
): void {
  const context = context2d();
  if (context === null) return;
  context.fillText('0', 0, 1);
  context.getImageData(0, 0, 1, 1);
}
