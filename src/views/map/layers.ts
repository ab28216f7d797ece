// Layer styles as plain typed objects: the basemap (drawn from the files in public/basemap/)
// and the event marks on top of it.
import type {
  BackgroundLayerSpecification,
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { Palette } from './palette.ts';

export const eventSourceId = 'events';
/** The selected event alone, never clustered, so its ring shows even inside a cluster. */
export const selectionSourceId = 'event-selection';
export const basemapSourceIds = {
  land: 'basemap-land',
  countries: 'basemap-countries',
  provinces: 'basemap-provinces',
  cities: 'basemap-cities',
} as const;

export const eventLayerIds = {
  clusters: 'event-clusters',
  clusterCount: 'event-cluster-count',
  halo: 'event-halo',
  points: 'event-points',
  selected: 'event-selected',
} as const;

/** Layers a pointer can hover or click. */
export const interactiveLayerIds: string[] = [eventLayerIds.points, eventLayerIds.clusters];

/** Local fonts: the style has no `glyphs` URL, so MapLibre draws labels with these. */
export const labelFonts = ['Noto Sans', 'Noto Sans CJK SC', 'sans-serif'];

/** Cities carry the zoom from which they are labelled (scripts/basemap-cities.ts). */
const cityVisible: ExpressionSpecification = ['>=', ['zoom'], ['get', 'minzoom']];

/** Events a mark stands for: MapLibre's cluster sum, a bin's count, or 1. */
export const eventCount: ExpressionSpecification = ['coalesce', ['get', 'events'], ['get', 'n'], 1];

/** A MapLibre cluster, or a bin of nearby events (event-bins.ts). */
const isGroup: ExpressionSpecification = [
  'any',
  ['has', 'point_count'],
  ['>', ['coalesce', ['get', 'n'], 1], 1],
];
const isPoint: ExpressionSpecification = ['!', isGroup];

/** 1234 → "1.2k", 56789 → "57k". */
const abbreviatedCount: ExpressionSpecification = [
  'case',
  ['>=', eventCount, 10000],
  ['concat', ['to-string', ['round', ['/', eventCount, 1000]]], 'k'],
  ['>=', eventCount, 1000],
  ['concat', ['to-string', ['/', ['round', ['/', eventCount, 100]], 10]], 'k'],
  ['to-string', eventCount],
];

/** Summed over the points MapLibre clusters, so a cluster of bins counts events, not bins. */
export const clusterProperties = { events: ['+', ['get', 'n']] } as const;

export function basemapLayers(palette: Palette): LayerSpecification[] {
  const background: BackgroundLayerSpecification = {
    id: 'sea',
    type: 'background',
    paint: { 'background-color': palette.sea },
  };
  const land: FillLayerSpecification = {
    id: 'land',
    type: 'fill',
    source: basemapSourceIds.land,
    paint: { 'fill-color': palette.land },
  };
  const provinces: LineLayerSpecification = {
    id: 'province-borders',
    type: 'line',
    source: basemapSourceIds.provinces,
    minzoom: 2.5,
    paint: {
      'line-color': palette.provinceBorder,
      'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.2],
      'line-dasharray': [3, 2],
    },
  };
  const countries: LineLayerSpecification = {
    id: 'country-borders',
    type: 'line',
    source: basemapSourceIds.countries,
    paint: {
      'line-color': palette.countryBorder,
      'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 8, 1.5],
    },
  };
  const cityDots: CircleLayerSpecification = {
    id: 'city-dots',
    type: 'circle',
    source: basemapSourceIds.cities,
    filter: cityVisible,
    paint: { 'circle-radius': 2, 'circle-color': palette.cityDot },
  };
  const cityLabels: SymbolLayerSpecification = {
    id: 'city-labels',
    type: 'symbol',
    source: basemapSourceIds.cities,
    filter: cityVisible,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': labelFonts,
      'text-size': ['interpolate', ['linear'], ['zoom'], 2, 11, 8, 14],
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.5,
      'text-justify': 'auto',
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: {
      'text-color': palette.cityText,
      'text-halo-color': palette.textHalo,
      'text-halo-width': 1.2,
    },
  };
  return [background, land, provinces, countries, cityDots, cityLabels];
}

/**
 * A paint value given per feature (from data no feature has) instead of once per layer. MapLibre
 * compiles a shader program for each mix of per-layer and per-feature paint values it meets; the
 * event circle layers all give the same properties per feature, so they share one program,
 * compiled when events are first drawn. Otherwise each layer compiles its own the first time it
 * draws, which where WebGL runs in software blocks the page 100–150 ms in the middle of a filter
 * change.
 */
function perFeature(value: number | string): ExpressionSpecification {
  return ['coalesce', ['get', 'per-feature'], value];
}

/** Zoom stops whose values are given per feature (see perFeature). */
function byZoom(...stops: [number, number | string][]): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...stops.flatMap(([z, v]) => [z, perFeature(v)])];
}

/** A cluster's radius, from the events it stands for. */
const clusterRadius: ExpressionSpecification = [
  'step',
  eventCount,
  11,
  10,
  14,
  100,
  18,
  1000,
  23,
  10000,
  28,
];

/** Radius of a single event mark, growing a little as the map zooms in. */
const pointRadius = byZoom([2, 4], [10, 7]);

export function eventLayers(palette: Palette): LayerSpecification[] {
  const clusters: CircleLayerSpecification = {
    id: eventLayerIds.clusters,
    type: 'circle',
    source: eventSourceId,
    filter: isGroup,
    paint: {
      'circle-color': perFeature(palette.cluster),
      'circle-opacity': perFeature(0.85),
      // The same at every zoom, but given by zoom like the other layers' radii (see perFeature).
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 0, clusterRadius, 24, clusterRadius],
      'circle-stroke-color': perFeature(palette.markSurface),
      'circle-stroke-width': perFeature(1.5),
      'circle-blur': perFeature(0),
    },
  };
  const clusterCount: SymbolLayerSpecification = {
    id: eventLayerIds.clusterCount,
    type: 'symbol',
    source: eventSourceId,
    filter: isGroup,
    layout: {
      'text-field': abbreviatedCount,
      'text-font': labelFonts,
      'text-size': 12,
      // Always drawn, and city labels below make way for it.
      'text-allow-overlap': true,
    },
    paint: { 'text-color': palette.clusterText },
  };
  // City-level and coarser placements get a wide translucent halo: "somewhere around here".
  const halo: CircleLayerSpecification = {
    id: eventLayerIds.halo,
    type: 'circle',
    source: eventSourceId,
    filter: ['all', isPoint, ['==', ['get', 'precision'], 'area']],
    paint: {
      'circle-color': ['get', 'color'],
      'circle-opacity': perFeature(0.18),
      'circle-radius': byZoom([2, 10], [10, 22]),
      'circle-stroke-color': perFeature(palette.markSurface),
      'circle-stroke-width': perFeature(0),
      'circle-blur': perFeature(0.3),
    },
  };
  const points: CircleLayerSpecification = {
    id: eventLayerIds.points,
    type: 'circle',
    source: eventSourceId,
    filter: isPoint,
    paint: {
      'circle-radius': pointRadius,
      'circle-color': [
        'match',
        ['get', 'precision'],
        'local',
        palette.markSurface,
        ['get', 'color'],
      ],
      'circle-opacity': ['match', ['get', 'precision'], 'area', 0.55, 1],
      'circle-stroke-color': [
        'match',
        ['get', 'precision'],
        'local',
        ['get', 'color'],
        palette.markSurface,
      ],
      'circle-stroke-width': ['match', ['get', 'precision'], 'local', 2.5, 1],
      'circle-blur': perFeature(0),
    },
  };
  const selected: CircleLayerSpecification = {
    id: eventLayerIds.selected,
    type: 'circle',
    source: selectionSourceId,
    paint: {
      'circle-radius': byZoom([2, 8], [10, 11]),
      'circle-color': perFeature('rgba(0,0,0,0)'),
      'circle-opacity': perFeature(1),
      'circle-stroke-color': perFeature(palette.selected),
      'circle-stroke-width': perFeature(2.5),
      'circle-blur': perFeature(0),
    },
  };
  return [clusters, clusterCount, halo, points, selected];
}
