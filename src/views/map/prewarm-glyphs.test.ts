import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import { eventLayerIds, eventLayers, labelFonts } from './layers.ts';
import { lightPalette } from './palette.ts';
import { countCharacters, prewarmGlyphs } from './prewarm-glyphs.ts';

type GlyphRequests = Record<string, Record<string, string[]>>;

/** A map whose glyph manager records what it is asked for. */
function fakeMap(getGlyphs: (requests: GlyphRequests) => Promise<unknown>): MapLibreMap {
  return { style: { glyphManager: { getGlyphs } } } as unknown as MapLibreMap;
}

/** Idle callbacks queued, run by the test one at a time. */
function idleQueue(): { run: () => void; size: () => number } {
  const queue: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => queue.push(callback));
  return {
    run: () => {
      queue.shift()?.();
    },
    size: () => queue.length,
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('prewarmGlyphs', () => {
  test('asks for every character of a cluster count in the label fonts, one per idle moment', async () => {
    const idle = idleQueue();
    const asked: GlyphRequests[] = [];
    prewarmGlyphs(
      fakeMap((requests) => {
        asked.push(requests);
        return Promise.resolve({});
      }),
    );
    expect(asked).toHaveLength(0);

    while (idle.size() > 0) {
      idle.run();
      await Promise.resolve();
    }

    const stack = labelFonts.join(',');
    expect(asked).toEqual(countCharacters.map((c) => ({ [stack]: { default: [c] } })));
  });

  test('covers every character the cluster-count labels show', () => {
    const layer = eventLayers(lightPalette).find((l) => l.id === eventLayerIds.clusterCount);
    const field = layer?.type === 'symbol' ? layer.layout?.['text-field'] : undefined;
    const parsed = createExpression(field, latest.layout_symbol['text-field'] as never);
    if (parsed.result !== 'success') throw new Error('text-field does not parse');
    const shown = [1, 9, 10, 345, 999, 1000, 1234, 9950, 10000, 56789, 987654].map((n) =>
      String(parsed.value.evaluate({ zoom: 2 }, { type: 'Point', properties: { events: n } })),
    );
    expect(shown).toContain('1.2k');
    for (const label of shown) {
      for (const c of label) expect(countCharacters).toContain(c);
    }
  });

  test('stops quietly when the glyph manager fails', async () => {
    const idle = idleQueue();
    const getGlyphs = vi.fn(() => Promise.reject(new Error('no fonts')));
    prewarmGlyphs(fakeMap(getGlyphs));

    idle.run();
    await Promise.resolve();
    await Promise.resolve();

    expect(getGlyphs).toHaveBeenCalledTimes(1);
    expect(idle.size()).toBe(0);
  });
});
