// Theme slugs as people read them: the label and colour from the vocabulary file.
import themesFile from '../../data/themes.json' with { type: 'json' };

export interface ThemeDisplay {
  slug: string;
  label: string;
  /** Null for a slug outside the vocabulary (a user's own dataset may carry any). */
  color: string | null;
}

const bySlug = new Map(themesFile.themes.map((t) => [t.slug, { label: t.label, color: t.color }]));

export function themeDisplay(slug: string): ThemeDisplay {
  const known = bySlug.get(slug);
  return known === undefined
    ? { slug, label: slug, color: null }
    : { slug, label: known.label, color: known.color };
}
