// The map as the app sees it: MapLibre is most of the JavaScript, so it loads after first paint.
import './map-view.css';
import { lazy, Suspense } from 'react';
import type { MapViewProps } from './map-view-props.ts';

const EventsMap = lazy(() => import('./events-map.tsx'));

export function MapView(props: MapViewProps) {
  return (
    <Suspense
      fallback={
        <div className="map-view map-view--loading" role="status">
          Loading map…
        </div>
      }
    >
      <EventsMap {...props} />
    </Suspense>
  );
}
