// The loaded dashboard: one cross-filter pass over the store feeds the map, both charts, the
// counts, the table and the export, so they can never disagree.
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { themeBins, themeOrder } from '../core/aggregate-themes.ts';
import { timeSeries } from '../core/aggregate-time.ts';
import { crossFilter } from '../core/cross-filter.ts';
import type { EventCollection, EventFeature } from '../core/event.ts';
import type { EventStore } from '../core/event-store.ts';
import { emptyFilters, includesUndated, type BBox, type Filters } from '../core/filters.ts';
import { indexOfEventId } from '../core/event-id-index.ts';
import type { UrlState } from '../core/url-state.ts';
import { viewBounds } from '../core/view-bounds.ts';
import { EventDetail } from './detail/event-detail.tsx';
import { MapView } from './map/map-view.tsx';
import { EventTable } from './table/event-table.tsx';
import { defaultTableSort, type TableSort } from './table/table-sort.ts';
import { activeChips } from './active-chips.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { EventCount } from './event-count.tsx';
import { ExportButtons } from './export/export-buttons.tsx';
import { FilterBar } from './filter-bar.tsx';
import { ThemeChart } from './theme-chart.tsx';
import { TimeChart } from './time-chart.tsx';
import { UnplacedList } from './unplaced-list.tsx';
import { useElementSize } from './use-element-size.ts';
import type { UpdateUrlState } from './use-url-state.ts';

export interface DashboardProps {
  collection: EventCollection;
  /** Built once per collection (see app.tsx). */
  store: EventStore;
  state: UrlState;
  update: UpdateUrlState;
}

export function Dashboard({ collection, store, state, update }: DashboardProps) {
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
  const selected = selectedIndex >= 0 ? (store.features[selectedIndex] ?? null) : null;
  const selectedId = selected?.properties.id ?? null;

  const push = (change: (s: UrlState) => UrlState) => {
    update(change, 'push');
  };
  const setFilters = (patch: Partial<Filters>) => {
    push((s) => ({ ...s, filters: { ...s.filters, ...patch } }));
  };
  const onSelect = (id: string | null) => {
    if (id !== sel) push((s) => ({ ...s, sel: id }));
  };

  return (
    <>
      <div className="toolbar">
        <FilterBar
          q={filters.q}
          onQueryChange={(q) => {
            update((s) => ({ ...s, filters: { ...s.filters, q } }), 'replace');
          }}
          inView={inView}
          onInViewChange={(on) => {
            push((s) => ({ ...s, inView: on }));
          }}
          chips={activeChips(state, push)}
          onClear={() => {
            push((s) => ({ ...s, filters: emptyFilters, inView: false }));
          }}
        />
        <div className="toolbar-end">
          <EventCount shown={result.rows.length} total={store.size} />
          <ExportButtons store={store} rows={result.rows} sort={sort} filters={deferred} />
        </div>
      </div>
      <div className="layout">
        <aside className="side" aria-label="Charts">
          <TimeChart
            series={series}
            years={filters.years}
            undated={result.undated}
            undatedIncluded={includesUndated(filters)}
            onYearsChange={(years) => {
              setFilters({ years });
            }}
            onUndatedToggle={() => {
              setFilters({ undated: includesUndated(filters) ? 'exclude' : 'include' });
            }}
          />
          <ThemeChart
            bins={themes}
            onToggle={(slug) => {
              push((s) => ({
                ...s,
                filters: { ...s.filters, themes: toggle(s.filters.themes, slug) },
              }));
            }}
          />
        </aside>
        <section className="map-area" aria-label="Map">
          <div className="map-frame" ref={frame}>
            <ErrorBoundary what="The map">
              <MapView
                collection={collection}
                rows={result.rows}
                selectedId={selectedId}
                onSelect={onSelect}
                view={state.map}
                onViewChange={(view, box) => {
                  setReported(box);
                  update((s) => ({ ...s, map: view }), 'replace');
                }}
              />
            </ErrorBoundary>
          </div>
          <UnplacedList events={unplaced} selectedId={selectedId} onSelect={onSelect} />
        </section>
        <section className="table-area" aria-label="Events table">
          <EventTable
            store={store}
            rows={result.rows}
            sort={sort}
            onSortChange={setSort}
            selectedId={selectedId}
            onSelect={onSelect}
          />
        </section>
        {selected && (
          <div className="detail-area">
            <EventDetail
              event={selected}
              onClose={() => {
                onSelect(null);
              }}
            />
          </div>
        )}
      </div>
    </>
  );
}

function toggle(list: readonly string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

function unplacedRows(store: EventStore, rows: Uint32Array): EventFeature[] {
  const out: EventFeature[] = [];
  for (const i of rows) {
    if (Number.isNaN(store.lon[i])) out.push(store.features[i] as EventFeature);
  }
  return out;
}
