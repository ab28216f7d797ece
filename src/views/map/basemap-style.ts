// The offline style: basemap files served beside the app (public/basemap/), no glyphs URL so that
// labels are drawn with local fonts, and no tiles or token.
import type { StyleSpecification } from 'maplibre-gl';
import { basemapLayers, basemapSourceIds } from './layers.ts';
import type { Palette } from './palette.ts';

// MapLibre renders attribution as HTML; this is a constant of ours, never data.
export const basemapAttribution =
  '<a href="https://www.naturalearthdata.com/">Natural Earth</a> · ' +
  '<a href="https://www.geonames.org/">GeoNames</a> CC BY 4.0';

/** File names under basemap/, written by scripts/build-basemap.ts. */
export const basemapFiles = {
  land: 'land.geojson',
  countries: 'countries.geojson',
  provinces: 'china-provinces.geojson',
  cities: 'cities.geojson',
} as const;

export function offlineStyle(palette: Palette, baseUrl: string): StyleSpecification {
  const url = (file: string) => new URL(`basemap/${file}`, baseUrl).href;
  return {
    version: 8,
    sources: {
      [basemapSourceIds.land]: {
        type: 'geojson',
        data: url(basemapFiles.land),
        attribution: basemapAttribution,
      },
      [basemapSourceIds.countries]: { type: 'geojson', data: url(basemapFiles.countries) },
      [basemapSourceIds.provinces]: { type: 'geojson', data: url(basemapFiles.provinces) },
      [basemapSourceIds.cities]: { type: 'geojson', data: url(basemapFiles.cities) },
    },
    layers: basemapLayers(palette),
  };
}
