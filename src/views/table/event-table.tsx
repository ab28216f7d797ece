import {
  memo,
  useEffect,
  useId,
  useMemo,
  useReducer,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { indexOfEventId } from '../../core/event-id-index.ts';
import type { EventStore } from '../../core/event-store.ts';
import type { EventFeature } from '../../core/event.ts';
import { EventRow } from './event-row.tsx';
import { TableHeader } from './table-header.tsx';
import { tableColumns } from './table-columns.ts';
import { prepareSortOrder, sortOrderReady, sortRows, type TableSort } from './table-sort.ts';
import { useRowWindow } from './use-row-window.ts';
import './event-table.css';

export interface EventTableProps {
  store: EventStore;
  /** Store indices of the events passing every filter (crossFilter's `rows`). */
  rows: Uint32Array;
  sort: TableSort;
  onSortChange: (sort: TableSort) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Below this many rows every row is rendered; above it only the visible ones. */
export const VIRTUALISE_ABOVE = 300;
// Fixed by the stylesheet, so the virtualiser never has to measure a row.
export const ROW_HEIGHT = 40;
export const HEADER_HEIGHT = 40;

export const EventTable = memo(function EventTable({
  store,
  rows,
  sort,
  onSortChange,
  selectedId,
  onSelect,
}: EventTableProps) {
  const shown = useShownSort(store, sort);
  const sorted = useMemo(() => sortRows(store, rows, shown), [store, rows, shown]);
  const sorting = shown === sort ? null : sort.key;
  const count = sorted.length;
  const virtual = count > VIRTUALISE_ABOVE;
  const scrollRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | null>(null);
  // The row that keeps the table's one tab stop: the last focused, else the selected, else the first.
  const [activeIndex, setActiveIndex] = useState(-1);
  const helpId = useId();

  const { first, last, padTop, padBottom, scrollToRow } = useRowWindow({
    count,
    enabled: virtual,
    rowHeight: ROW_HEIGHT,
    headerHeight: HEADER_HEIGHT,
    scrollRef,
  });

  const selectedIndex = indexOfEventId(store, selectedId);
  const selectedPos = useMemo(
    () => (selectedIndex < 0 ? -1 : sorted.indexOf(selectedIndex)),
    [sorted, selectedIndex],
  );
  const activePos = activeIndex < 0 ? -1 : sorted.indexOf(activeIndex);

  const wanted = activePos >= 0 ? activePos : selectedPos >= 0 ? selectedPos : 0;
  const tabPos = wanted >= first && wanted <= last ? wanted : first;

  useEffect(() => {
    if (selectedPos < 0) return;
    if (virtual) scrollToRow(selectedPos);
    else revealRow(scrollRef.current, selectedPos);
  }, [selectedPos, virtual, scrollToRow]);

  useEffect(() => {
    const pos = pendingFocus.current;
    if (pos === null) return;
    const row = rowElement(scrollRef.current, pos);
    if (row === null) return;
    pendingFocus.current = null;
    row.focus({ preventScroll: true });
    revealRow(scrollRef.current, pos);
  });

  const moveFocus = (pos: number) => {
    const target = Math.max(0, Math.min(count - 1, pos));
    pendingFocus.current = target;
    if (virtual) scrollToRow(target);
    setActiveIndex(sorted[target] ?? -1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const pos = eventPos(event);
    if (pos === null) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: pos + 1,
      ArrowUp: pos - 1,
      PageDown: pos + page,
      PageUp: pos - page,
      Home: 0,
      End: count - 1,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      moveFocus(to);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      selectAt(pos);
    }
  };

  const selectAt = (pos: number) => {
    const index = sorted[pos];
    if (index !== undefined) onSelect(store.id(index));
  };

  const onClick = (event: MouseEvent<HTMLTableSectionElement>) => {
    const pos = eventPos(event);
    if (pos !== null) selectAt(pos);
  };

  const renderRow = (pos: number) => {
    const index = sorted[pos] as number;
    return (
      <EventRow
        key={index}
        feature={store.event(index) as EventFeature}
        pos={pos}
        selected={index === selectedIndex}
        tabbable={pos === tabPos}
      />
    );
  };

  return (
    <div
      className={sorting === null ? 'event-table' : 'event-table event-table--sorting'}
      ref={scrollRef}
    >
      <p className="visually-hidden" role="status">
        {sorting === null ? '' : `Sorting by ${columnLabel(sorting).toLowerCase()}\u2026`}
      </p>
      <table aria-rowcount={count + 1} aria-describedby={helpId} aria-busy={sorting !== null}>
        <caption className="event-table__caption">
          {count === 1 ? '1 event' : `${count.toLocaleString('en')} events`}
        </caption>
        <colgroup>
          <col className="event-table__col-date" />
          <col className="event-table__col-name" />
          <col className="event-table__col-place" />
          <col className="event-table__col-themes" />
          <col className="event-table__col-format event-table__optional" />
          <col className="event-table__col-participants event-table__optional" />
        </colgroup>
        <TableHeader sort={sort} onSortChange={onSortChange} />
        <tbody
          onClick={onClick}
          onKeyDown={onKeyDown}
          onFocus={(event) => {
            const pos = eventPos(event);
            if (pos !== null) setActiveIndex(sorted[pos] ?? -1);
          }}
        >
          {padTop > 0 && <SpacerRow height={padTop} />}
          {Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => renderRow(first + k))}
          {padBottom > 0 && <SpacerRow height={padBottom} />}
        </tbody>
      </table>
      {count === 0 && <p className="event-table__empty">No events match the filters.</p>}
      <p id={helpId} className="event-table__help">
        Arrow keys move between rows; Enter shows an event&rsquo;s details.
      </p>
    </div>
  );
});

/**
 * The sort the rows are shown in: the one asked for once its order is ready, the one before until
 * then (a large dataset's names are ranked in a worker first, see table-sort.ts).
 */
function useShownSort(store: EventStore, sort: TableSort): TableSort {
  const ready = sortOrderReady(store, sort.key);
  const [shown, setShown] = useState(sort);
  if (ready && shown !== sort) setShown(sort);
  const [, prepared] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void prepareSortOrder(store, sort.key).then(() => {
      if (live) prepared();
    });
    return () => {
      live = false;
    };
  }, [store, sort.key, ready]);
  return ready ? sort : shown;
}

function columnLabel(key: TableSort['key']): string {
  return tableColumns.find((c) => c.key === key)?.label ?? key;
}

/** Keeps the scroll height of the rows not rendered; hidden from assistive technology. */
// One cell, spanning nothing: a cell spanning every column would keep the columns that narrow
// layouts hide (their widths reserved, left blank at the table's right).
function SpacerRow({ height }: { height: number }) {
  return (
    <tr className="event-table__spacer" aria-hidden="true" style={{ height }}>
      <td />
    </tr>
  );
}

function eventPos(event: { target: EventTarget }): number | null {
  if (!(event.target instanceof Element)) return null;
  const row = event.target.closest<HTMLElement>('tr[data-pos]');
  const pos = row?.dataset.pos;
  return pos === undefined ? null : Number(pos);
}

function rowElement(container: HTMLElement | null, pos: number): HTMLElement | null {
  return container?.querySelector<HTMLElement>(`tr[data-pos="${pos}"]`) ?? null;
}

/** Scrolls the table, and only the table, so the row shows below the sticky header. */
function revealRow(container: HTMLElement | null, pos: number) {
  const row = rowElement(container, pos);
  if (container === null || row === null) return;
  const box = container.getBoundingClientRect();
  const rect = row.getBoundingClientRect();
  const top = box.top + HEADER_HEIGHT;
  if (rect.top < top) container.scrollTop -= top - rect.top;
  else if (rect.bottom > box.bottom) container.scrollTop += rect.bottom - box.bottom;
}
