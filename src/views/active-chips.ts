// One removable chip per active filter clause, in the order the filter bar shows them.
import type { Filters } from '../core/filters.ts';
import { themeDisplay } from '../core/format-theme.ts';
import type { UrlState } from '../core/url-state.ts';
import type { FilterChip } from './filter-bar.tsx';

export function activeChips(
  state: UrlState,
  change: (update: (state: UrlState) => UrlState) => void,
): FilterChip[] {
  const { filters } = state;
  const setFilters = (patch: Partial<Filters>) => {
    change((s) => ({ ...s, filters: { ...s.filters, ...patch } }));
  };
  const chips: FilterChip[] = [];
  const { years } = filters;
  if (years !== null) {
    chips.push({
      key: 'years',
      label: years.from === years.to ? String(years.from) : `${years.from}–${years.to}`,
      onRemove: () => {
        setFilters({ years: null });
      },
    });
  }
  if (filters.undated !== null) {
    chips.push({
      key: 'undated',
      label: filters.undated === 'include' ? 'Undated shown' : 'Undated hidden',
      onRemove: () => {
        setFilters({ undated: null });
      },
    });
  }
  for (const slug of filters.themes) {
    chips.push({
      key: `theme:${slug}`,
      label: themeDisplay(slug).label,
      onRemove: () => {
        change((s) => ({
          ...s,
          filters: { ...s.filters, themes: s.filters.themes.filter((t) => t !== slug) },
        }));
      },
    });
  }
  if (filters.q.trim() !== '') {
    chips.push({
      key: 'q',
      label: `“${filters.q.trim()}”`,
      onRemove: () => {
        setFilters({ q: '' });
      },
    });
  }
  if (state.inView) {
    chips.push({
      key: 'inview',
      label: 'In map view',
      onRemove: () => {
        change((s) => ({ ...s, inView: false }));
      },
    });
  }
  return chips;
}
