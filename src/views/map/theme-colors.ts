// Theme colours come from the vocabulary file, so the map legend and the charts agree.
import themesFile from '../../../data/themes.json';

export interface ThemeSwatch {
  slug: string;
  label: string;
  color: string;
}

export const themeSwatches: readonly ThemeSwatch[] = themesFile.themes.map((t) => ({
  slug: t.slug,
  label: t.label,
  color: t.color,
}));

/** Colour of events whose primary theme is missing or not in the vocabulary. */
export const otherThemeColor = '#8a8f98';

const colorBySlug = new Map(themeSwatches.map((t) => [t.slug, t.color]));

export function themeColor(slug: string | undefined): string {
  return (slug === undefined ? undefined : colorBySlug.get(slug)) ?? otherThemeColor;
}
