// The legend: primary-theme colours present in the data, and how placement precision looks.
import { useMemo, useState } from 'react';
import type { EventPoints } from './event-features.ts';
import { precisionClasses, precisionLabels } from './precision.ts';
import { otherThemeColor, themeSwatches } from './theme-colors.ts';

export function MapLegend({ points }: { points: EventPoints }) {
  const [open, setOpen] = useState(() => !window.matchMedia('(max-width: 640px)').matches);
  const colors = useMemo(() => {
    const used = new Set<string>();
    for (const p of points) if (p !== undefined) used.add(p.properties.color);
    return used;
  }, [points]);
  const themes = themeSwatches.filter((t) => colors.has(t.color));
  const hasOther = colors.has(otherThemeColor);
  return (
    <details
      className="map-legend"
      open={open}
      onToggle={(e) => {
        setOpen(e.currentTarget.open);
      }}
    >
      <summary>Legend</summary>
      <p className="map-legend__title">Primary theme</p>
      <ul>
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
            Other or none
          </li>
        )}
      </ul>
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
          Several events (click to zoom)
        </li>
      </ul>
    </details>
  );
}
