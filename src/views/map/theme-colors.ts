// Theme colours come from the vocabulary, so the map legend and the charts agree.
import { themeDisplay } from '../../core/format-theme.ts';
import { themes } from '../../core/themes.ts';

export interface ThemeSwatch {
  slug: string;
  label: string;
  color: string;
}

export const themeSwatches: readonly ThemeSwatch[] = themes.map((t) => ({
  slug: t.slug,
  label: t.label,
  color: t.color,
}));

/** Colour of events whose primary theme is missing or not in the vocabulary. */
export const otherThemeColor = '#8a8f98';

const colorBySlug = new Map<string, string>();

export function themeColor(slug: string | undefined): string {
  if (slug === undefined) return otherThemeColor;
  let color = colorBySlug.get(slug);
  if (color === undefined) {
    color = themeDisplay(slug).color ?? otherThemeColor;
    colorBySlug.set(slug, color);
  }
  return color;
}
