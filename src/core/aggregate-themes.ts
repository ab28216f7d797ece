// The theme chart's bars, read from crossFilter's counts (all clauses but theme). The order is the
// themes' frequency in the whole dataset, so bars do not jump around while filters change.
import type { CrossFilterResult } from './cross-filter.ts';
import type { EventStore } from './event-store.ts';
import { themeDisplay } from './format-theme.ts';

export interface ThemeBin {
  slug: string;
  label: string;
  /** Null for a slug outside the vocabulary. */
  color: string | null;
  /** Events with this theme passing every clause but the theme one. */
  count: number;
  selected: boolean;
}

/** Store theme ids ordered by count, most frequent first; ties keep first-seen order. */
export function themeOrder(store: EventStore, totals: Uint32Array): number[] {
  return store.themes
    .map((_, id) => id)
    .sort((a, b) => (totals[b] ?? 0) - (totals[a] ?? 0) || a - b);
}

export function themeBins(
  store: EventStore,
  result: CrossFilterResult,
  order: readonly number[],
  selected: readonly string[],
): ThemeBin[] {
  const bins = order.map((id) => {
    const slug = store.themes[id] as string;
    return bin(slug, result.themeCounts[id] ?? 0, selected.includes(slug));
  });
  // A selected theme the dataset lacks (from a shared link) still needs a bar to unselect it.
  for (const slug of selected) {
    if (!store.themes.includes(slug)) bins.push(bin(slug, 0, true));
  }
  return bins;
}

function bin(slug: string, count: number, selected: boolean): ThemeBin {
  const { label, color } = themeDisplay(slug);
  return { slug, label, color, count, selected };
}
