// Mirrors the dashboard's shareable state in the query string. Discrete changes (a theme, a year
// range, a selection) push a history entry so Back undoes them; continuous ones (typing, map
// moves) replace the current entry. Writes are debounced; Back/Forward restore the state.
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseUrlState, serializeUrlState, type UrlState } from '../core/url-state.ts';

export type HistoryMode = 'push' | 'replace';

export type UpdateUrlState = (update: (state: UrlState) => UrlState, mode: HistoryMode) => void;

const writeDelay = { push: 60, replace: 400 };

export function useUrlState(): [UrlState, UpdateUrlState] {
  const [state, setState] = useState(() => parseUrlState(window.location.search));
  // The strongest pending mode: one push among replaces still makes a history entry.
  const pending = useRef<HistoryMode | null>(null);

  const update = useCallback<UpdateUrlState>((change, mode) => {
    pending.current = pending.current === 'push' ? 'push' : mode;
    setState(change);
  }, []);

  useEffect(() => {
    const mode = pending.current;
    if (mode === null) return;
    const timer = window.setTimeout(() => {
      pending.current = null;
      const search = serializeUrlState(state, window.location.search);
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }, writeDelay[mode]);
    return () => {
      window.clearTimeout(timer);
    };
  }, [state]);

  useEffect(() => {
    const onPop = () => {
      pending.current = null;
      setState(parseUrlState(window.location.search));
    };
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
    };
  }, []);

  return [state, update];
}
