// Switching light and dark: the layers keep their ids, only paint values change.
import type { AllPaintProperties, Map as MapLibreMap } from 'maplibre-gl';
import { basemapLayers, basemapSourceIds, eventLayers } from './layers.ts';
import type { Palette } from './palette.ts';

export function applyPalette(m: MapLibreMap, palette: Palette): void {
  const present = new Set(m.getStyle().layers.map((l) => l.id));
  const ours = m.getSource(basemapSourceIds.land) ? basemapLayers(palette) : [];
  for (const layer of [...ours, ...eventLayers(palette)]) {
    if (!present.has(layer.id) || !('paint' in layer) || layer.paint === undefined) continue;
    const paint: Partial<AllPaintProperties> = layer.paint;
    for (const name of Object.keys(paint) as (keyof AllPaintProperties)[]) {
      m.setPaintProperty(layer.id, name, paint[name]);
    }
  }
}
