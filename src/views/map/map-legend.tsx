// The legend: how placement precision looks, and the primary-theme colours present in the data.
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { EventStore } from '../../core/event-store.ts';
import { precisionClasses, precisionLabels } from './precision.ts';
import { otherThemeColor, themeColor, themeSwatches } from './theme-colors.ts';

/** On a small map (a phone, a short frame) the legend starts folded away. */
const roomyMap = { width: 640, height: 480 };

export function MapLegend({ store }: { store: EventStore }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useLayoutEffect(() => {
    const details = ref.current;
    const map = details?.parentElement;
    if (!details || !map) return;
    details.open = map.clientWidth >= roomyMap.width && map.clientHeight >= roomyMap.height;
  }, []);
  const colors = useMemo(() => {
    const used = new Set<string>();
    for (let i = 0; i < store.size; i++) {
      if (!Number.isNaN(store.lon[i])) used.add(themeColor(store.eventThemes(i)[0]));
    }
    return used;
  }, [store]);
  const themes = themeSwatches.filter((t) => colors.has(t.color));
  const hasOther = colors.has(otherThemeColor);
  return (
    <details ref={ref} className="map-legend">
      <summary>Legend</summary>
      <p className="map-legend__title">Placed at</p>
      <ul>
        {precisionClasses.map((c) => (
          <li key={c}>
            <span className={`map-mark map-mark--${c}`} aria-hidden="true" />
            {precisionLabels[c]}
          </li>
        ))}
        <li>
          <span className="map-mark map-mark--cluster" aria-hidden="true" />
          Group of events: click to zoom in
        </li>
      </ul>
      <p className="map-legend__title">Colour: first theme</p>
      <ul className="map-legend__themes">
        {themes.map((t) => (
          <li key={t.slug}>
            <span className="map-swatch" style={{ background: t.color }} aria-hidden="true" />
            {t.label}
          </li>
        ))}
        {hasOther && (
          <li>
            <span
              className="map-swatch"
              style={{ background: otherThemeColor }}
              aria-hidden="true"
            />
            No theme
          </li>
        )}
      </ul>
    </details>
  );
}
