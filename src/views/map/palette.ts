// Light and dark colours of the basemap and event marks, following prefers-color-scheme.

export interface Palette {
  sea: string;
  land: string;
  countryBorder: string;
  provinceBorder: string;
  cityDot: string;
  cityText: string;
  textHalo: string;
  /** Fill of ring markers and outline of solid ones: the surface the marks sit on. */
  markSurface: string;
  cluster: string;
  clusterText: string;
  selected: string;
}

export const lightPalette: Palette = {
  sea: '#dde7ef',
  land: '#f7f5f0',
  countryBorder: '#9a9a9a',
  provinceBorder: '#c3bdb3',
  cityDot: '#6b6b6b',
  cityText: '#3d3d3d',
  textHalo: '#f7f5f0',
  markSurface: '#ffffff',
  cluster: '#37474f',
  clusterText: '#ffffff',
  selected: '#111111',
};

export const darkPalette: Palette = {
  sea: '#14202b',
  land: '#252a30',
  countryBorder: '#69717a',
  provinceBorder: '#444b53',
  cityDot: '#9aa3ad',
  cityText: '#c9d0d6',
  textHalo: '#1b1f24',
  markSurface: '#1b1f24',
  cluster: '#cfd8dc',
  clusterText: '#15191d',
  selected: '#ffffff',
};

export function paletteFor(dark: boolean): Palette {
  return dark ? darkPalette : lightPalette;
}
