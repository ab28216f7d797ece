// Which rows of a long table to render. TanStack Virtual does the scroll bookkeeping; this hook
// turns its mutable instance into plain values (a row range and spacer heights) plus one stable
// scroll function, so the table component renders from values alone.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback } from 'react';

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
  getScrollElement: () => HTMLElement | null;
}

export function useRowWindow(options: RowWindowOptions): RowWindow {
  const { count, enabled, rowHeight, headerHeight } = options;
  const virtualizer = useVirtualizer({
    count,
    enabled,
    getScrollElement: options.getScrollElement,
    estimateSize: () => rowHeight,
    overscan: 8,
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
  });
  const scrollToRow = useCallback(
    (pos: number) => {
      virtualizer.scrollToIndex(pos, { align: 'auto' });
    },
    [virtualizer],
  );
  if (!enabled) return { first: 0, last: count - 1, padTop: 0, padBottom: 0, scrollToRow };
  const items = virtualizer.getVirtualItems();
  const head = items[0];
  const tail = items[items.length - 1];
  if (head === undefined || tail === undefined) {
    return { first: 0, last: -1, padTop: 0, padBottom: 0, scrollToRow };
  }
  return {
    first: head.index,
    last: tail.index,
    padTop: head.start - headerHeight,
    padBottom: virtualizer.getTotalSize() - tail.end,
    scrollToRow,
  };
}
