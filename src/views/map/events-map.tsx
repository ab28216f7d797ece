// The events map itself: a MapLibre map created once, with props pushed into it as they change.
import 'maplibre-gl/dist/maplibre-gl.css';
import {
  AttributionControl,
  LngLatBounds,
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type AllPaintProperties,
  type GeoJSONSource,
  type MapGeoJSONFeature,
  type MapMouseEvent,
} from 'maplibre-gl';
import type { Feature, Point } from 'geojson';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { offlineStyle, basemapAttribution } from './basemap-style.ts';
import { buildEventPoints, type EventPointProperties, type EventPoints } from './event-features.ts';
import { EventSourceSync } from './event-source-sync.ts';
import {
  eventLayerIds,
  eventLayers,
  eventSourceId,
  basemapLayers,
  interactiveLayerIds,
  selectedFilter,
} from './layers.ts';
import { MapLegend } from './map-legend.tsx';
import type { MapViewProps, MapViewState } from './map-view-props.ts';
import { PickList, Tooltip, type Pick } from './map-overlays.tsx';
import { paletteFor, type Palette } from './palette.ts';
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
const clusterMaxZoom = 12;
const worldView: MapViewState = { lon: 20, lat: 25, zoom: 1 };

export default function EventsMap(props: MapViewProps) {
  const { collection, rows, selectedId, onSelect, view, onViewChange } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [sync, setSync] = useState<EventSourceSync | null>(null);
  const [hover, setHover] = useState<Pick | null>(null);
  const [pick, setPick] = useState<Pick | null>(null);
  const dark = useDarkMode();
  const palette = paletteFor(dark);
  const points = useMemo(() => buildEventPoints(collection), [collection]);

  const emitView = useEffectEvent((m: MapLibreMap) => {
    const c = m.getCenter();
    const b = m.getBounds();
    onViewChange(
      roundView(c.lng, c.lat, m.getZoom()),
      normaliseBounds(b.getWest(), b.getSouth(), b.getEast(), b.getNorth()),
    );
  });
  const select = useEffectEvent((id: string | null) => {
    onSelect(id);
  });
  const initial = useEffectEvent(() => ({ view, palette }));

  // Create the map once; everything else is pushed into it by the effects below.
  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    const start = initial();
    const v = start.view ?? worldView;
    const online = typeof onlineStyleUrl === 'string' && onlineStyleUrl !== '';
    const m = new MapLibreMap({
      container,
      style: online ? onlineStyleUrl : offlineStyle(start.palette, document.baseURI),
      center: [v.lon, v.lat],
      zoom: v.zoom,
      attributionControl: false,
      localIdeographFontFamily: '"Noto Sans CJK SC", "Noto Sans SC", sans-serif',
      dragRotate: false,
      pitchWithRotate: false,
    });
    m.touchZoomRotate.disableRotation();
    m.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    m.addControl(
      new AttributionControl({
        compact: true,
        customAttribution: online ? basemapAttribution : [],
      }),
      'bottom-right',
    );
    if (import.meta.env.DEV || new URLSearchParams(window.location.search).has('debug')) {
      window.__eventAtlasMap = m;
    }
    m.on('load', () => {
      m.addSource(eventSourceId, {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        cluster: true,
        clusterMaxZoom,
        clusterRadius: 40,
      });
      for (const layer of eventLayers(start.palette)) m.addLayer(layer);
      setSync(new EventSourceSync(m.getSource<GeoJSONSource>(eventSourceId) as GeoJSONSource));
      setMap(m);
      container.dataset.loaded = 'true';
    });
    m.on('moveend', () => {
      emitView(m);
    });
    return () => {
      if (window.__eventAtlasMap === m) delete window.__eventAtlasMap;
      m.remove();
      setMap(null);
      setSync(null);
    };
  }, []);

  useEffect(() => {
    if (sync === null) return;
    void sync.update(points, rows);
  }, [sync, points, rows]);

  useEffect(() => {
    map?.setFilter(eventLayerIds.selected, selectedFilter(selectedId));
  }, [map, selectedId]);

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

  // With no view to restore, the first data shown frames itself.
  const framed = useRef(false);
  useEffect(() => {
    if (map === null || framed.current || initial().view !== null) return;
    framed.current = fitPoints(map, points, rows, false);
  }, [map, points, rows]);

  const onPointer = useEffectEvent((e: MapMouseEvent, m: MapLibreMap) => {
    const features = m.queryRenderedFeatures(e.point, { layers: interactiveLayerIds });
    m.getCanvas().style.cursor = features.length > 0 ? 'pointer' : '';
    setHover(features.length > 0 ? toPick(e, features) : null);
  });
  const onClick = useEffectEvent((e: MapMouseEvent, m: MapLibreMap) => {
    const features = m.queryRenderedFeatures(e.point, { layers: interactiveLayerIds });
    setHover(null);
    const first = features[0];
    if (first === undefined) {
      setPick(null);
      select(null);
      return;
    }
    const clusterId: unknown = first.properties.cluster_id;
    if (typeof clusterId === 'number') {
      void expandCluster(m, clusterId, e, setPick);
      return;
    }
    const found = toPick(e, features);
    if (found.events.length === 1 && found.events[0] !== undefined) {
      setPick(null);
      select(found.events[0].id);
    } else {
      setPick(found);
    }
  });

  useEffect(() => {
    if (map === null) return;
    const move = (e: MapMouseEvent) => {
      onPointer(e, map);
    };
    const click = (e: MapMouseEvent) => {
      onClick(e, map);
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
            if (map !== null) fitPoints(map, points, rows, true);
          }}
        >
          Fit to filtered events
        </button>
      </div>
      <MapLegend points={points} />
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

function toPick(e: MapMouseEvent, features: MapGeoJSONFeature[]): Pick {
  const first = features[0];
  const count: unknown = first?.properties.point_count;
  if (typeof count === 'number')
    return { x: e.point.x, y: e.point.y, events: [], clusterSize: count };
  const seen = new Set<string>();
  const events: EventPointProperties[] = [];
  for (const f of features) {
    const p = f.properties as EventPointProperties;
    if (!seen.has(p.id)) {
      seen.add(p.id);
      events.push(p);
    }
  }
  return { x: e.point.x, y: e.point.y, events, clusterSize: 0 };
}

async function expandCluster(
  m: MapLibreMap,
  clusterId: number,
  e: MapMouseEvent,
  setPick: (p: Pick | null) => void,
): Promise<void> {
  const source = m.getSource<GeoJSONSource>(eventSourceId);
  if (source === undefined) return;
  const zoom = await source.getClusterExpansionZoom(clusterId);
  // maplibre-gl's declarations name GeoJSON types through a global the project does not load.
  const leaves = (await source.getClusterLeaves(clusterId, 100, 0)) as unknown as Feature<Point>[];
  const coords = leaves.map((f) => f.geometry.coordinates);
  const samePlace = coords.every((c) => c[0] === coords[0]?.[0] && c[1] === coords[0]?.[1]);
  if (samePlace || zoom > m.getMaxZoom()) {
    setPick({
      x: e.point.x,
      y: e.point.y,
      events: leaves.map((f) => f.properties as EventPointProperties),
      clusterSize: 0,
    });
    return;
  }
  m.easeTo({ center: e.lngLat, zoom: Math.min(zoom, m.getMaxZoom()) });
}

/** Frames the filtered events; false when none of them is on the map. */
function fitPoints(
  m: MapLibreMap,
  points: EventPoints,
  rows: Uint32Array,
  animate: boolean,
): boolean {
  const bounds = new LngLatBounds();
  let n = 0;
  for (const i of rows) {
    const p = points[i];
    if (p === undefined) continue;
    bounds.extend(p.geometry.coordinates);
    n++;
  }
  if (n === 0) return false;
  m.fitBounds(bounds, { padding: 60, maxZoom: 9, animate });
  return true;
}

function applyPalette(m: MapLibreMap, palette: Palette): void {
  const style = m.getStyle();
  const ours = new Set(style.layers.map((l) => l.id));
  const layers = [
    ...eventLayers(palette),
    ...(m.getSource('basemap-land') ? basemapLayers(palette) : []),
  ];
  for (const layer of layers) {
    if (!ours.has(layer.id) || !('paint' in layer) || layer.paint === undefined) continue;
    const paint: Partial<AllPaintProperties> = layer.paint;
    for (const name of Object.keys(paint) as (keyof AllPaintProperties)[]) {
      m.setPaintProperty(layer.id, name, paint[name]);
    }
  }
}
