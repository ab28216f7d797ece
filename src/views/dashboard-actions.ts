// What the dashboard's controls do to the shared state, as callbacks that keep their identity
// across renders: memoised views then skip the urgent render a filter change starts and only
// redraw once the deferred cross-filter result arrives.
import { useMemo } from 'react';
import { emptyFilters, includesUndated, type Filters, type YearRange } from '../core/filters.ts';
import type { MapPosition, UrlState } from '../core/url-state.ts';
import type { UpdateUrlState } from './use-url-state.ts';

export interface DashboardActions {
  /** Any state change that deserves its own history entry. */
  push: (change: (s: UrlState) => UrlState) => void;
  setQuery: (q: string) => void;
  setInView: (on: boolean) => void;
  setYears: (years: YearRange | null) => void;
  toggleUndated: () => void;
  toggleTheme: (slug: string) => void;
  clear: () => void;
  select: (id: string | null) => void;
  closeDetail: () => void;
  moveMap: (view: MapPosition) => void;
}

export function useDashboardActions(update: UpdateUrlState): DashboardActions {
  return useMemo(() => {
    const push = (change: (s: UrlState) => UrlState) => {
      update(change, 'push');
    };
    const setFilters = (patch: (f: Filters) => Partial<Filters>) => {
      push((s) => ({ ...s, filters: { ...s.filters, ...patch(s.filters) } }));
    };
    const select = (id: string | null) => {
      push((s) => (s.sel === id ? s : { ...s, sel: id }));
    };
    return {
      push,
      setQuery: (q) => {
        update((s) => ({ ...s, filters: { ...s.filters, q } }), 'replace');
      },
      setInView: (on) => {
        push((s) => ({ ...s, inView: on }));
      },
      setYears: (years) => {
        setFilters(() => ({ years }));
      },
      toggleUndated: () => {
        setFilters((f) => ({ undated: includesUndated(f) ? 'exclude' : 'include' }));
      },
      toggleTheme: (slug) => {
        setFilters((f) => ({
          themes: f.themes.includes(slug)
            ? f.themes.filter((t) => t !== slug)
            : [...f.themes, slug],
        }));
      },
      clear: () => {
        push((s) => ({ ...s, filters: emptyFilters, inView: false }));
      },
      select,
      closeDetail: () => {
        select(null);
      },
      moveMap: (view) => {
        update((s) => ({ ...s, map: view }), 'replace');
      },
    };
  }, [update]);
}
