// The loaded dashboard: one cross-filter pass over the store feeds the map, both charts, the
// counts, the table and the export, so they can never disagree.
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { themeBins, themeOrder } from '../core/aggregate-themes.ts';
import { timeSeries } from '../core/aggregate-time.ts';
import { crossFilter } from '../core/cross-filter.ts';
import type { EventFeature } from '../core/event.ts';
import type { EventStore } from '../core/event-store.ts';
import { emptyFilters, includesUndated, type BBox } from '../core/filters.ts';
import { indexOfEventId } from '../core/event-id-index.ts';
import type { MapPosition, UrlState } from '../core/url-state.ts';
import { viewBounds } from '../core/view-bounds.ts';
import { EventDetail } from './detail/event-detail.tsx';
import { MapView } from './map/map-view.tsx';
import { EventTable } from './table/event-table.tsx';
import { defaultTableSort, type TableSort } from './table/table-sort.ts';
import { activeChips } from './active-chips.ts';
import { useDashboardActions } from './dashboard-actions.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { EventCount } from './event-count.tsx';
import { ExportButtons } from './export/export-buttons.tsx';
import { FilterBar } from './filter-bar.tsx';
import { LoadingState } from './loading-state.tsx';
import { ThemeChart } from './theme-chart.tsx';
import { TimeChart } from './time-chart.tsx';
import { maxListedUnplaced, UnplacedList } from './unplaced-list.tsx';
import { useElementSize } from './use-element-size.ts';
import type { UpdateUrlState } from './use-url-state.ts';

export interface DashboardProps {
  /** Every event of the dataset, built as it was read (see app.tsx). */
  store: EventStore;
  /**
   * Set while the dataset is still loading (the store is empty; the map starts
   * meanwhile), with how many events have been read so far.
   */
  loading?: { read: number } | null;
  state: UrlState;
  update: UpdateUrlState;
}

export function Dashboard({ store, loading = null, state, update }: DashboardProps) {
  const { filters, inView, sel } = state;
  const [reported, setReported] = useState<BBox | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const frameSize = useElementSize(frame);
  // Until the map reports its bounds (it does after a move), derive them from the restored view,
  // so a shared `inview=1&map=…` link filters from the first frame.
  const restored = state.map;
  const bounds = useMemo(
    () =>
      reported ??
      (restored && frameSize ? viewBounds(restored, frameSize.width, frameSize.height) : null),
    [reported, restored, frameSize],
  );
  const [sort, setSort] = useState<TableSort>(defaultTableSort);

  const effective = useMemo(
    () => ({ ...filters, bbox: inView ? bounds : null }),
    [filters, inView, bounds],
  );
  // Typing and brushing stay responsive at 100k events: the pass runs at a lower priority.
  const deferred = useDeferredValue(effective);
  const result = useMemo(() => crossFilter(store, deferred), [store, deferred]);
  const order = useMemo(
    () => themeOrder(store, crossFilter(store, emptyFilters).themeCounts),
    [store],
  );
  const series = useMemo(
    () => timeSeries(store, result, deferred.years),
    [store, result, deferred],
  );
  const themes = useMemo(
    () => themeBins(store, result, order, deferred.themes),
    [store, result, order, deferred],
  );
  const unplaced = useMemo(() => unplacedRows(store, result.rows), [store, result]);
  const selectedIndex = indexOfEventId(store, sel);
  const selected = store.event(selectedIndex) ?? null;
  const selectedId = selected?.properties.id ?? null;

  const actions = useDashboardActions(update);
  const onViewChange = useCallback(
    (view: MapPosition, box: BBox) => {
      setReported(box);
      actions.moveMap(view);
    },
    [actions],
  );

  return (
    <>
      <div className="toolbar">
        <FilterBar
          q={filters.q}
          onQueryChange={actions.setQuery}
          inView={inView}
          onInViewChange={actions.setInView}
          chips={activeChips(state, actions.push)}
          onClear={actions.clear}
        />
        {loading === null && (
          <div className="toolbar-end">
            <EventCount shown={result.rows.length} total={store.size} />
            <ExportButtons store={store} rows={result.rows} sort={sort} filters={deferred} />
          </div>
        )}
      </div>
      <div className="layout">
        <aside className="side" aria-label="Charts">
          {loading !== null ? (
            <LoadingState read={loading.read} />
          ) : (
            <>
              <TimeChart
                series={series}
                years={deferred.years}
                undated={result.undated}
                undatedIncluded={includesUndated(deferred)}
                onYearsChange={actions.setYears}
                onUndatedToggle={actions.toggleUndated}
              />
              <ThemeChart bins={themes} onToggle={actions.toggleTheme} />
            </>
          )}
        </aside>
        <section className="map-area" aria-label="Map">
          <div className="map-frame" ref={frame}>
            <ErrorBoundary what="The map">
              <MapView
                store={store}
                rows={result.rows}
                selectedId={selectedId}
                onSelect={actions.select}
                view={state.map}
                onViewChange={onViewChange}
              />
            </ErrorBoundary>
          </div>
          <UnplacedList
            count={unplaced.count}
            listed={unplaced.listed}
            selectedId={selectedId}
            onSelect={actions.select}
            loading={loading !== null}
          />
        </section>
        {/* The table's place is kept while loading, so the map does not resize when it comes. */}
        <section className="table-area" aria-label="Events table">
          {loading === null && (
            <EventTable
              store={store}
              rows={result.rows}
              sort={sort}
              onSortChange={setSort}
              selectedId={selectedId}
              onSelect={actions.select}
            />
          )}
        </section>
        {selected && (
          <div className="detail-area">
            <EventDetail event={selected} onClose={actions.closeDetail} />
          </div>
        )}
      </div>
    </>
  );
}

/** Counts the filtered events without coordinates; makes event objects only for those listed. */
function unplacedRows(
  store: EventStore,
  rows: Uint32Array,
): { count: number; listed: EventFeature[] } {
  const listed: EventFeature[] = [];
  let count = 0;
  for (const i of rows) {
    if (!Number.isNaN(store.lon[i])) continue;
    count++;
    if (listed.length < maxListedUnplaced) listed.push(store.event(i) as EventFeature);
  }
  return { count, listed };
}
