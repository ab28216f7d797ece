// The events map itself: a MapLibre map created once, with props pushed into it as they change.
import 'maplibre-gl/dist/maplibre-gl.css';
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type GeoJSONSource,
  type MapMouseEvent,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/worker?module-worker';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { basemapAttribution, offlineStyle } from './basemap-style.ts';
import { applyPalette } from './apply-palette.ts';
import { indexOfEventId } from '../../core/event-id-index.ts';
import { buildPointIndex, type PointIndex } from './event-bins.ts';
import { EventSourceSync, type SyncMode } from './event-source-sync.ts';
import { clusterProperties, eventLayers, eventSourceId, selectionSourceId } from './layers.ts';
import { fitRows, syncView } from './map-camera.ts';
import { MapLegend } from './map-legend.tsx';
import { PickList, Tooltip, type Pick } from './map-overlays.tsx';
import { eventsOf, groupMembers, hitAt, openGroup } from './map-picking.ts';
import type { MapViewProps, MapViewState } from './map-view-props.ts';
import { mapSetUpDone } from './map-set-up.ts';
import { paletteFor } from './palette.ts';
import { prewarmGlyphs } from './prewarm-glyphs.ts';
import { useDarkMode } from './use-dark-mode.ts';
import { normaliseBounds, roundView, sameView } from './view-state.ts';

setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /** The map, for browser tests; set only in development or with `?debug` in the URL. */
    __eventAtlasMap?: MapLibreMap;
  }
}

const onlineStyleUrl: unknown = import.meta.env.VITE_MAP_STYLE_URL;
const worldView: MapViewState = { lon: 20, lat: 25, zoom: 1 };

export default function EventsMap(props: MapViewProps) {
  const { store, rows, selectedId, onSelect, view, onViewChange } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [sync, setSync] = useState<EventSourceSync | null>(null);
  const [hover, setHover] = useState<Pick | null>(null);
  const [pick, setPick] = useState<Pick | null>(null);
  const palette = paletteFor(useDarkMode());
  const index = useMemo(() => buildPointIndex(store), [store]);
  const keep = useMemo(() => selectedIndex(index, selectedId), [index, selectedId]);

  const emitView = useEffectEvent((m: MapLibreMap) => {
    const c = m.getCenter();
    const b = m.getBounds();
    onViewChange(
      roundView(c.lng, c.lat, m.getZoom()),
      normaliseBounds(b.getWest(), b.getSouth(), b.getEast(), b.getNorth()),
    );
  });
  const resync = useEffectEvent(() => {
    if (map !== null) sync?.update(index, rows, keep, syncView(map));
  });
  const initial = useEffectEvent(() => ({ view, palette }));

  // Create the map once; everything else is pushed into it by the effects below.
  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    const start = initial();
    const v = start.view ?? worldView;
    const online = typeof onlineStyleUrl === 'string' && onlineStyleUrl !== '';
    let m: MapLibreMap;
    try {
      m = new MapLibreMap({
        container,
        style: online ? onlineStyleUrl : offlineStyle(start.palette, document.baseURI),
        center: [v.lon, v.lat],
        zoom: v.zoom,
        maxZoom: 17,
        attributionControl: false,
        localIdeographFontFamily: '"Noto Sans CJK SC", "Noto Sans SC", sans-serif',
        dragRotate: false,
        pitchWithRotate: false,
      });
    } catch (err) {
      mapSetUpDone();
      throw err;
    }
    m.once('load', mapSetUpDone);
    m.once('error', mapSetUpDone);
    m.touchZoomRotate.disableRotation();
    m.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    m.addControl(
      new AttributionControl({
        customAttribution: online ? basemapAttribution : [],
      }),
      'bottom-right',
    );
    if (import.meta.env.DEV || new URLSearchParams(window.location.search).has('debug')) {
      window.__eventAtlasMap = m;
    }
    if (online) {
      // An online style that cannot be fetched (offline, bad URL) falls back to the offline one.
      m.once('error', () => {
        if (!m.isStyleLoaded()) m.setStyle(offlineStyle(start.palette, document.baseURI));
      });
    }
    m.on('load', () => {
      prewarmGlyphs(m);
      m.addSource(eventSourceId, {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        cluster: true,
        clusterMaxZoom: 12,
        clusterRadius: 40,
        clusterProperties,
      });
      m.addSource(selectionSourceId, {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
      });
      for (const layer of eventLayers(start.palette)) m.addLayer(layer);
      const source = m.getSource<GeoJSONSource>(eventSourceId) as GeoJSONSource;
      setSync(new EventSourceSync(source, syncMode()));
      setMap(m);
      container.dataset.loaded = 'true';
    });
    m.on('moveend', () => {
      emitView(m);
      resync();
    });
    return () => {
      if (window.__eventAtlasMap === m) delete window.__eventAtlasMap;
      m.remove();
      setMap(null);
      setSync(null);
    };
  }, []);

  // With no view to restore, the first data shown frames itself. Before the sync below: the data
  // is then binned and sent once, for the framed zoom, not once more after the jump.
  const framed = useRef(false);
  useEffect(() => {
    if (map === null || framed.current || initial().view !== null) return;
    framed.current = fitRows(map, index, rows, false);
  }, [map, index, rows]);

  useEffect(() => {
    if (map !== null) sync?.update(index, rows, keep, syncView(map));
  }, [map, sync, index, rows, keep]);

  // The selection ring, and a pan to the selected event when it was chosen off-screen (table).
  const selected = useMemo(
    () => (keep !== null && rows.includes(keep) ? index.point(keep) : undefined),
    [index, rows, keep],
  );
  useEffect(() => {
    const source = map?.getSource<GeoJSONSource>(selectionSourceId);
    void source?.setData({ type: 'FeatureCollection', features: selected ? [selected] : [] });
  }, [map, selected]);
  useEffect(() => {
    if (map === null || selected === undefined) return;
    const at = selected.geometry.coordinates;
    if (!map.getBounds().contains(at)) map.easeTo({ center: at });
  }, [map, selected]);

  useEffect(() => {
    if (map !== null) applyPalette(map, palette);
  }, [map, palette]);

  useEffect(() => {
    if (map === null || view === null) return;
    const c = map.getCenter();
    if (!sameView(view, roundView(c.lng, c.lat, map.getZoom()))) {
      map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
    }
  }, [map, view]);

  const onPointer = useEffectEvent((e: MapMouseEvent, m: MapLibreMap) => {
    const hit = hitAt(m, e.point);
    m.getCanvas().style.cursor = hit === null ? '' : 'pointer';
    if (hit === null) setHover(null);
    else if (hit.kind === 'events') {
      setHover({
        x: e.point.x,
        y: e.point.y,
        events: eventsOf(store, hit.indices),
        total: hit.indices.length,
      });
    } else setHover({ x: e.point.x, y: e.point.y, events: [], total: hit.size });
  });
  const onClick = useEffectEvent(async (e: MapMouseEvent, m: MapLibreMap) => {
    const hit = hitAt(m, e.point);
    setHover(null);
    setPick(null);
    if (hit === null) {
      onSelect(null);
    } else if (hit.kind === 'events' && hit.indices.length === 1) {
      const f = store.event(hit.indices[0] as number);
      if (f !== undefined) onSelect(f.properties.id);
    } else if (hit.kind === 'events') {
      setPick({
        x: e.point.x,
        y: e.point.y,
        events: eventsOf(store, hit.indices),
        total: hit.indices.length,
      });
    } else if (sync !== null) {
      setPick(openGroup(m, store, index, await groupMembers(m, hit, sync), e.point));
    }
  });

  useEffect(() => {
    if (map === null) return;
    const move = (e: MapMouseEvent) => {
      onPointer(e, map);
    };
    const click = (e: MapMouseEvent) => {
      void onClick(e, map);
    };
    const leave = () => {
      setHover(null);
    };
    const closePick = () => {
      setPick(null);
    };
    map.on('mousemove', move);
    map.on('click', click);
    map.on('mouseout', leave);
    map.on('movestart', closePick);
    return () => {
      map.off('mousemove', move);
      map.off('click', click);
      map.off('mouseout', leave);
      map.off('movestart', closePick);
    };
  }, [map]);

  return (
    <div className="map-view">
      <div ref={containerRef} className="map-view__canvas" />
      <div className="map-view__tools">
        <button
          type="button"
          className="map-view__fit"
          disabled={map === null}
          onClick={() => {
            if (map !== null) fitRows(map, index, rows, true);
          }}
        >
          Fit to filtered events
        </button>
      </div>
      <MapLegend store={store} />
      {hover !== null && pick === null && <Tooltip pick={hover} />}
      {pick !== null && (
        <PickList
          pick={pick}
          onChoose={(id) => {
            setPick(null);
            onSelect(id);
          }}
          onClose={() => {
            setPick(null);
          }}
        />
      )}
    </div>
  );
}

/** `?mapsync=naive` re-sends every filtered event on each change, for benchmarks. */
function syncMode(): SyncMode {
  return new URLSearchParams(window.location.search).get('mapsync') === 'naive'
    ? 'naive'
    : 'binned';
}

function selectedIndex(index: PointIndex, id: string | null): number | null {
  if (id === null) return null;
  const i = indexOfEventId(index.store, id);
  return i === -1 ? null : i;
}
