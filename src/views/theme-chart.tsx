// Events per theme, counted over every filter but the theme one. A bar toggles its theme
// (several can be selected: an event passes when it has any of them).
import { memo, useCallback, useMemo, useState } from 'react';
import type { BarShapeProps } from 'recharts';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import type { ThemeBin } from '../core/aggregate-themes.ts';
import { BarButton } from './bar-button.tsx';
import { ChartSize } from './chart-size.tsx';

export interface ThemeChartProps {
  bins: readonly ThemeBin[];
  onToggle: (slug: string) => void;
}

const rowHeight = 26;
const collapsedRows = 8;
/**
 * Bars drawn even when all themes are asked for: a dataset with 10,000 themes froze the page for
 * 25 s drawing them. The rarer ones stay reachable through the search box.
 */
export const maxThemeRows = 60;
const otherColor = 'var(--bar-other)';
// Constant props: Recharts copies props into its store, and a new object every render would
// make it dispatch and re-select on every filter change.
const margin = { top: 4, right: 44, bottom: 4, left: 0 };
const tick = { className: 'axis-tick theme-tick' };

export const ThemeChart = memo(function ThemeChart({ bins, onToggle }: ThemeChartProps) {
  const [expanded, setExpanded] = useState(false);
  // Selected themes stay visible even when they fall below the fold.
  const shown = useMemo(() => {
    const rows = expanded ? maxThemeRows : collapsedRows;
    return bins.length <= rows + 1 ? bins : bins.filter((b, i) => i < rows || b.selected);
  }, [bins, expanded]);
  const anySelected = useMemo(() => shown.some((b) => b.selected), [shown]);
  const shape = useCallback(
    (props: BarShapeProps) => {
      const bin = shown[props.index];
      if (bin === undefined) return <g />;
      const n = bin.count.toLocaleString('en');
      return (
        <BarButton
          shape={props}
          options={{
            label: `${bin.label}: ${n} event${bin.count === 1 ? '' : 's'}`,
            pressed: bin.selected,
            fill: bin.color ?? otherColor,
            muted: anySelected && !bin.selected,
            value: n,
            onActivate: () => {
              onToggle(bin.slug);
            },
          }}
        />
      );
    },
    [shown, anySelected, onToggle],
  );
  const hidden = bins.length - shown.length;
  const height = shown.length * rowHeight + 8;

  return (
    <section className="panel theme-chart" aria-labelledby="theme-chart-title">
      <header className="panel-header">
        <h2 id="theme-chart-title">Themes</h2>
        <span className="panel-hint">press to filter, several allowed</span>
      </header>
      {bins.length === 0 ? (
        <p className="empty-note">No themes in this dataset.</p>
      ) : (
        <ChartSize height={height}>
          <BarChart
            data={shown}
            layout="vertical"
            margin={margin}
            barCategoryGap="22%"
            accessibilityLayer={false}
            role="group"
            aria-label="Events per theme: press a bar to filter by its theme"
          >
            <XAxis type="number" hide allowDecimals={false} />
            <YAxis
              type="category"
              dataKey="label"
              width={150}
              tickLine={false}
              axisLine={false}
              interval={0}
              tick={tick}
            />
            <Bar dataKey="count" isAnimationActive={false} shape={shape} />
          </BarChart>
        </ChartSize>
      )}
      {(hidden > 0 || expanded) && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => {
            setExpanded(!expanded);
          }}
        >
          {expanded
            ? 'Show fewer themes'
            : bins.length > maxThemeRows + 1
              ? `Show the ${maxThemeRows} most frequent of ${bins.length.toLocaleString('en')} themes`
              : `Show all ${bins.length} themes`}
        </button>
      )}
      {expanded && hidden > 0 && (
        <p className="panel-hint">{hidden.toLocaleString('en')} rarer themes are not drawn.</p>
      )}
    </section>
  );
});
