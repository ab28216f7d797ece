import type { EventStore } from '../../core/event-store.ts';
import type { BBox } from '../../core/filters.ts';

export interface MapViewState {
  lon: number;
  lat: number;
  zoom: number;
}

/** The contract between the app and the map: props in, callbacks out. */
export interface MapViewProps {
  /** The whole dataset; the map sends MapLibre the filtered part, binned at the current zoom. */
  store: EventStore;
  /** Store indices of the events passing every filter. */
  rows: Uint32Array;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Initial or restored view (from the URL); null: fit the data. */
  view: MapViewState | null;
  /** Called after the user moves the map (debounced by the map at move end). */
  onViewChange: (view: MapViewState, bounds: BBox) => void;
}
