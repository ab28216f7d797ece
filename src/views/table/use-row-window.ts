// Which rows of a long table to render. Rows have one fixed height (the stylesheet sets it), so
// the window is arithmetic: the first visible row is floor(scroll / row height). Nothing is
// allocated per row, and a change of the row count costs nothing here; the component re-renders
// only when the first visible row or the viewport's height in rows changes.
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

export interface RowWindow {
  /** First and last rendered positions (inclusive); every row when not virtualised. */
  first: number;
  last: number;
  /** Heights of the spacer rows standing in for the rows above and below the window. */
  padTop: number;
  padBottom: number;
  /** Brings a row into view below the sticky header (virtualised tables only). */
  scrollToRow: (pos: number) => void;
}

export interface RowWindowOptions {
  count: number;
  enabled: boolean;
  rowHeight: number;
  headerHeight: number;
  scrollRef: RefObject<HTMLElement | null>;
}

/** Rows rendered beyond each edge of the viewport, so a short scroll shows no gap. */
export const OVERSCAN = 8;

export interface Viewport {
  /** The first row at least partly below the sticky header. */
  top: number;
  /** How many rows fit in the viewport. */
  rows: number;
}

export function useRowWindow(options: RowWindowOptions): RowWindow {
  const { count, enabled, rowHeight, headerHeight, scrollRef } = options;
  const [viewport, setViewport] = useState<Viewport>({ top: 0, rows: 0 });

  const read = useCallback(
    (element: HTMLElement, height: number) => {
      const top = Math.max(0, Math.floor(element.scrollTop / rowHeight));
      const rows = Math.ceil(Math.max(0, height - headerHeight) / rowHeight);
      setViewport((v) => (v.top === top && v.rows === rows ? v : { top, rows }));
    },
    [rowHeight, headerHeight],
  );

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!enabled || element === null) return;
    let height = element.clientHeight;
    read(element, height);
    const onScroll = () => {
      read(element, height);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            height = element.clientHeight;
            read(element, height);
          });
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [enabled, scrollRef, read]);

  const scrollToRow = useCallback(
    (pos: number) => {
      const element = scrollRef.current;
      if (element === null) return;
      const height = element.clientHeight;
      const rowTop = headerHeight + pos * rowHeight;
      const rowBottom = rowTop + rowHeight;
      const scroll = element.scrollTop;
      if (rowTop < scroll + headerHeight) element.scrollTop = rowTop - headerHeight;
      else if (rowBottom > scroll + height) element.scrollTop = rowBottom - height;
      read(element, height);
    },
    [scrollRef, rowHeight, headerHeight, read],
  );

  const range = enabled ? rowWindow(count, viewport, rowHeight) : allRows(count);
  return { ...range, scrollToRow };
}

export type RowRange = Omit<RowWindow, 'scrollToRow'>;

function allRows(count: number): RowRange {
  return { first: 0, last: count - 1, padTop: 0, padBottom: 0 };
}

/** The rendered range for a viewport, kept inside [0, count) when the rows just shrank. */
export function rowWindow(count: number, viewport: Viewport, rowHeight: number): RowRange {
  const last = Math.min(count - 1, viewport.top + viewport.rows + OVERSCAN);
  const first = Math.max(0, Math.min(viewport.top - OVERSCAN, last - viewport.rows - OVERSCAN));
  if (last < first) return { first: 0, last: -1, padTop: 0, padBottom: 0 };
  return { first, last, padTop: first * rowHeight, padBottom: (count - 1 - last) * rowHeight };
}
