import { createPropertyExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, test } from 'vitest';
import { basemapLayers, eventLayers, interactiveLayerIds } from './layers.ts';
import { darkPalette, lightPalette } from './palette.ts';

function paintOf(layers: ReturnType<typeof eventLayers>, id: string): Record<string, unknown> {
  const layer = layers.find((l) => l.id === id);
  return layer !== undefined && 'paint' in layer ? (layer.paint ?? {}) : {};
}

describe('basemapLayers', () => {
  test('sea, land, borders, provinces and city labels, bottom to top', () => {
    expect(basemapLayers(lightPalette).map((l) => l.id)).toEqual([
      'sea',
      'land',
      'province-borders',
      'country-borders',
      'city-dots',
      'city-labels',
    ]);
  });

  test('the two palettes colour the same layers differently', () => {
    const light = paintOf(basemapLayers(lightPalette), 'land');
    const dark = paintOf(basemapLayers(darkPalette), 'land');
    expect(light['fill-color']).toBe(lightPalette.land);
    expect(dark['fill-color']).toBe(darkPalette.land);
  });

  test('labels use local fonts, CJK included', () => {
    const labels = basemapLayers(lightPalette).find((l) => l.id === 'city-labels');
    expect(JSON.stringify(labels)).toContain('"text-font":["Noto Sans","Noto Sans CJK SC"');
  });
});

describe('eventLayers', () => {
  test('a ring for town-level placements: surface fill, theme-coloured stroke', () => {
    const paint = paintOf(eventLayers(lightPalette), 'event-points');
    expect(paint['circle-color']).toEqual([
      'match',
      ['get', 'precision'],
      'local',
      lightPalette.markSurface,
      ['get', 'color'],
    ]);
    expect(paint['circle-stroke-color']).toEqual([
      'match',
      ['get', 'precision'],
      'local',
      ['get', 'color'],
      lightPalette.markSurface,
    ]);
  });

  test('a lighter fill for city-level and coarser placements', () => {
    const paint = paintOf(eventLayers(lightPalette), 'event-points');
    expect(paint['circle-opacity']).toEqual(['match', ['get', 'precision'], 'area', 0.55, 1]);
  });

  test('the wide halo is drawn only for city-level and coarser placements', () => {
    const halo = eventLayers(lightPalette).find((l) => l.id === 'event-halo');
    const filter = halo !== undefined && 'filter' in halo ? JSON.stringify(halo.filter) : '';
    expect(filter).toContain('["==",["get","precision"],"area"]');
  });

  test('every interactive layer exists', () => {
    const ids = eventLayers(lightPalette).map((l) => l.id);
    for (const id of interactiveLayerIds) expect(ids).toContain(id);
  });

  test('every event circle layer binds the same paint values per feature, so they share one shader program', () => {
    const circles = eventLayers(lightPalette).filter((l) => l.type === 'circle');
    expect(circles.length).toBeGreaterThanOrEqual(4);
    const bindings = circles.map(paintBindings);
    for (const binding of bindings) expect(binding).toEqual(bindings[0]);
  });
});

/** How MapLibre binds each paint value: once per layer (constant, camera) or per feature (source, composite). */
function paintBindings(layer: LayerSpecification): Record<string, string> {
  const specs = latest.paint_circle as Record<string, unknown>;
  const paint = 'paint' in layer ? (layer.paint ?? {}) : {};
  return Object.fromEntries(
    Object.keys(specs).map((name) => {
      const value: unknown = (paint as Record<string, unknown>)[name] ?? null;
      if (value === null) return [name, 'constant'];
      const parsed = createPropertyExpression(value, name, specs[name] as never);
      return [name, parsed.result === 'success' ? parsed.value.kind : 'invalid'];
    }),
  );
}
