import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createEventFeature } from '../../core/event-fixture.ts';
import { buildEventStore, type EventStore } from '../../core/event-store.ts';
import type { EventFeature } from '../../core/event.ts';
import { EventTable, VIRTUALISE_ABOVE } from './event-table.tsx';
import { defaultTableSort, rankInWorkerAbove, type TableSort } from './table-sort.ts';

function createStore(): EventStore {
  return buildEventStore([
    createEventFeature({ id: 'waic', name: 'World AI Conference', start: '2023-07-06' }),
    createEventFeature({
      id: 'forum',
      name: 'Industrial Metaverse Forum',
      start: '2022-09-02',
      end: '2022-09-02',
    }),
    createEventFeature(
      {
        id: 'undated',
        name: 'Digital Twin Salon',
        start: null,
        end: null,
        year: null,
        date_precision: 'unknown',
      },
      null,
    ),
  ]);
}

function allRows(store: EventStore): Uint32Array {
  return Uint32Array.from({ length: store.size }, (_, i) => i);
}

interface HarnessProps {
  store: EventStore;
  rows?: Uint32Array;
  selectedId?: string | null;
  onSelect?: (id: string) => void;
  initialSort?: TableSort;
}

/** The table with its sort state held the way the app holds it. */
function Harness({ store, rows, selectedId = null, onSelect, initialSort }: HarnessProps) {
  const [sort, setSort] = useState<TableSort>(initialSort ?? defaultTableSort);
  return (
    <EventTable
      store={store}
      rows={rows ?? allRows(store)}
      sort={sort}
      onSortChange={setSort}
      selectedId={selectedId}
      onSelect={onSelect ?? (() => undefined)}
    />
  );
}

function bodyRows(): HTMLElement[] {
  const [, body] = screen.getAllByRole('rowgroup');
  if (body === undefined) throw new Error('no table body');
  return within(body).getAllByRole('row');
}

function rowNames(): string[] {
  return bodyRows().map((row) => within(row).getAllByRole('cell')[1]?.textContent ?? '');
}

describe('EventTable', () => {
  it('lists one body row per filtered event, with the header counted in aria-rowcount', () => {
    const store = createStore();
    render(<Harness store={store} rows={Uint32Array.of(0, 2)} />);
    expect(bodyRows()).toHaveLength(2);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('3');
  });

  it('sorts by date ascending first, undated events last', () => {
    render(<Harness store={createStore()} />);
    expect(rowNames()).toEqual([
      'Industrial Metaverse Forum',
      'World AI Conference',
      'Digital Twin Salon',
    ]);
    expect(screen.getByRole('columnheader', { name: /date/i }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
  });

  it('sorts by a header click and reverses on a second click', async () => {
    const user = userEvent.setup();
    render(<Harness store={createStore()} />);
    await user.click(screen.getByRole('button', { name: /name/i }));
    expect(rowNames()).toEqual([
      'Digital Twin Salon',
      'Industrial Metaverse Forum',
      'World AI Conference',
    ]);
    const header = screen.getByRole('columnheader', { name: /name/i });
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByRole('columnheader', { name: /date/i }).getAttribute('aria-sort')).toBe(
      'none',
    );
    await user.click(screen.getByRole('button', { name: /name/i }));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(rowNames()[0]).toBe('World AI Conference');
  });

  it('sorts from the keyboard', async () => {
    const user = userEvent.setup();
    render(<Harness store={createStore()} />);
    screen.getByRole('button', { name: /name/i }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('columnheader', { name: /name/i }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
  });

  it('calls back with the id of a clicked row', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness store={createStore()} onSelect={onSelect} />);
    await user.click(screen.getByText('World AI Conference'));
    expect(onSelect).toHaveBeenCalledWith('waic');
  });

  it('selects with Enter on a focused row and moves with the arrow keys', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness store={createStore()} onSelect={onSelect} />);
    const [firstRow] = bodyRows();
    firstRow?.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(bodyRows()[1]);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith('waic');
  });

  it('keeps one tab stop in the body, on the selected row', () => {
    render(<Harness store={createStore()} selectedId="waic" />);
    const tabbable = bodyRows().filter((row) => row.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
    expect(tabbable[0]?.textContent).toContain('World AI Conference');
  });

  it('highlights the selected row', () => {
    render(<Harness store={createStore()} selectedId="waic" />);
    const selected = bodyRows().filter((row) => row.getAttribute('aria-current') === 'true');
    expect(selected).toHaveLength(1);
    expect(selected[0]?.textContent).toContain('World AI Conference');
    expect(selected[0]?.classList.contains('is-selected')).toBe(true);
  });

  it('marks an undated event and an event not on the map', () => {
    render(<Harness store={createStore()} />);
    const row = bodyRows().find((r) => r.textContent.includes('Digital Twin Salon'));
    expect(row).toBeDefined();
    const cells = within(row as HTMLElement).getAllByRole('cell');
    expect(cells[0]?.textContent).toContain('Undated');
    expect(cells[2]?.textContent).toContain('not on map');
  });

  it('shows dates at their precision', () => {
    const store = buildEventStore([
      createEventFeature({ id: 'm', start: '2022-06-01', end: null, date_precision: 'month' }),
      createEventFeature({ id: 'r', start: '2023-09-20', end: '2023-09-22' }),
    ]);
    render(<Harness store={store} />);
    expect(bodyRows().map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
      'Jun 2022',
      '20\u201322 Sep 2023',
    ]);
  });

  it('shows theme labels from the vocabulary', () => {
    const store = buildEventStore([createEventFeature({ themes: ['aigc', 'xr'] })]);
    render(<Harness store={store} />);
    const cells = within(bodyRows()[0] as HTMLElement).getAllByRole('cell');
    expect(cells[3]?.textContent).toContain('AIGC & large modelsXR (VR/AR/MR)');
  });

  it('renders article text as text, not markup', () => {
    const store = buildEventStore([createEventFeature({ name: '<img src=x onerror=alert(1)>' })]);
    const { container } = render(<Harness store={store} />);
    expect(container.querySelector('img')).toBeNull();
    expect(rowNames()).toEqual(['<img src=x onerror=alert(1)>']);
  });

  it('says so when no event passes the filters', () => {
    render(<Harness store={createStore()} rows={new Uint32Array(0)} />);
    expect(screen.getByText('No events match the filters.').tagName).toBe('P');
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('1');
  });
});

describe('EventTable with many rows', () => {
  function createLargeStore(n: number): EventStore {
    const features: EventFeature[] = [];
    for (let i = 0; i < n; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      features.push(
        createEventFeature({ id: `e${i}`, name: `Event ${i}`, start: `2020-01-${day}` }),
      );
    }
    return buildEventStore(features);
  }

  it('renders only a window of rows, with spacers, and keeps the full aria-rowcount', () => {
    // happy-dom lays nothing out: give the scroll container the height of ten rows.
    const height = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400);
    const n = VIRTUALISE_ABOVE * 4;
    const { container } = render(<Harness store={createLargeStore(n)} />);
    height.mockRestore();
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe(String(n + 1));
    expect(rows[0]?.getAttribute('aria-rowindex')).toBe('2');
    const spacer = container.querySelector<HTMLElement>('tr[aria-hidden="true"]');
    expect(spacer?.style.height).toBe(`${(n - rows.length) * 40}px`);
  });

  it('renders every row at the threshold', () => {
    render(<Harness store={createLargeStore(VIRTUALISE_ABOVE)} />);
    expect(bodyRows()).toHaveLength(VIRTUALISE_ABOVE);
  });

  it("keeps the rows in their order while a large dataset's names are ranked, and says so", async () => {
    const names = Array.from({ length: rankInWorkerAbove + 1 }, (_, i) => `Forum ${String(i)}`);
    const store = buildEventStore(
      names.map((name, i) =>
        createEventFeature({ id: `e${String(i)}`, name, start: `2020-01-01`, year: 2020 }),
      ),
    );
    render(<Harness store={store} initialSort={{ key: 'date', dir: 'desc' }} />);
    const before = rowNames();

    fireEvent.click(screen.getByRole('button', { name: /^name/i }));

    expect(rowNames()).toEqual(before);
    expect(screen.getByRole('status').textContent).toBe('Sorting by name\u2026');
    expect(screen.getByRole('table').getAttribute('aria-busy')).toBe('true');
    await waitFor(() => {
      expect(rowNames().slice(0, 3)).toEqual(['Forum 0', 'Forum 1', 'Forum 2']);
    });
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
