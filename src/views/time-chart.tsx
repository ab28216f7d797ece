// Events over time: one bar per year (per month when the shown range spans two years or less),
// counted over every filter but time. A click selects a bar's year; dragging across bars or
// Shift+click selects a range; the "Undated" chip includes or excludes events without a date.
// (Recharts' Brush zooms the chart to the range, which would hide the context cross-filtering
// keeps, so the range is brushed on the bars themselves.)
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BarShapeProps } from 'recharts';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import { CHARTED_YEARS, type TimeSeries } from '../core/aggregate-time.ts';
import type { YearRange } from '../core/filters.ts';
import { BarButton } from './bar-button.tsx';
import { ChartSize } from './chart-size.tsx';
import { plainTick } from './plain-tick.tsx';

export interface TimeChartProps {
  series: TimeSeries;
  years: YearRange | null;
  /** Undated events passing every filter but time. */
  undated: number;
  undatedIncluded: boolean;
  onYearsChange: (years: YearRange | null) => void;
  onUndatedToggle: () => void;
}

interface Drag {
  anchor: number;
  current: number;
}

const chartHeight = 150;
const compact = new Intl.NumberFormat('en', { notation: 'compact' });
// Recharts copies its props into a store in effects: a new object on every render would dispatch
// and re-select on every filter change, so everything that does not depend on the data is constant.
const margin = { top: 8, right: 8, bottom: 0, left: 0 };
const countLabel = (n: number) => compact.format(n);
const events = (n: number) => `${n.toLocaleString('en')} event${n === 1 ? '' : 's'}`;

export function nextYears(
  current: YearRange | null,
  year: number,
  extend: boolean,
): YearRange | null {
  if (extend && current !== null) {
    return { from: Math.min(current.from, year), to: Math.max(current.to, year) };
  }
  if (current !== null && current.from === year && current.to === year) return null;
  return { from: year, to: year };
}

export const TimeChart = memo(function TimeChart(props: TimeChartProps) {
  const { series, years, undated, undatedIncluded, onYearsChange, onUndatedToggle } = props;
  const { bins, unit } = series;
  const [drag, setDrag] = useState<Drag | null>(null);
  // The press is remembered without a render: re-rendering the bars between pointerdown and
  // pointerup would replace the pressed element and swallow the click.
  const pressed = useRef<number | null>(null);
  const dragged = useMemo(
    () => (drag && drag.anchor !== drag.current ? spanOf(drag) : null),
    [drag],
  );
  const maxCount = bins.reduce((m, b) => Math.max(m, b.count), 0);
  const yTicks = useMemo(() => countTicks(maxCount), [maxCount]);
  const yDomain = useMemo(() => [0, yTicks.at(-1) ?? 1], [yTicks]);
  const keyLabel = useMemo(() => {
    const labels = new Map(bins.map((b) => [b.key, b.label]));
    return (key: string) => labels.get(key) ?? key;
  }, [bins]);
  // Months are labelled by quarter over one year, by half over two.
  const monthTicks = useMemo(() => {
    if (unit !== 'month') return undefined;
    const every = bins.length > 12 ? 6 : 3;
    return bins.filter((b) => (b.month ?? 0) % every === 0).map((b) => b.key);
  }, [bins, unit]);

  const shape = useCallback(
    (props: BarShapeProps) => {
      const bin = bins[props.index];
      if (bin === undefined) return <g />;
      // Over months the whole chart is the selected range: emphasis would mark every bar.
      const emphasis = unit === 'year';
      const anySelected = dragged !== null || bins.some((b) => b.selected);
      const on =
        emphasis && (dragged ? bin.year >= dragged.from && bin.year <= dragged.to : bin.selected);
      return (
        <BarButton
          shape={props}
          options={{
            label: `${bin.title}: ${events(bin.count)}`,
            pressed: bin.selected,
            fill: on ? 'var(--bar-selected)' : 'var(--bar)',
            muted: emphasis && anySelected && !on,
            onActivate: (extend) => {
              onYearsChange(nextYears(years, bin.year, extend));
            },
            onDragStart: () => {
              pressed.current = bin.year;
            },
            onDragOver: () => {
              const anchor = pressed.current;
              if (anchor === null) return;
              setDrag((d) =>
                d?.current === bin.year ? d : { anchor: d?.anchor ?? anchor, current: bin.year },
              );
            },
          }}
        />
      );
    },
    [bins, unit, dragged, years, onYearsChange],
  );

  // A drag ends wherever the pointer is released, on the chart or not.
  useEffect(() => {
    const end = () => {
      pressed.current = null;
      if (drag === null) return;
      setDrag(null);
      if (drag.anchor !== drag.current) onYearsChange(spanOf(drag));
    };
    window.addEventListener('pointerup', end);
    return () => {
      window.removeEventListener('pointerup', end);
    };
  }, [drag, onYearsChange]);

  return (
    <section className="panel time-chart" data-unit={unit} aria-labelledby="time-chart-title">
      <header className="panel-header">
        <h2 id="time-chart-title">When</h2>
        <span className="panel-hint">
          {unit === 'year' ? 'per year' : `per month, ${yearSpan(series)}`}
        </span>
        {years !== null && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onYearsChange(null);
            }}
          >
            All years
          </button>
        )}
      </header>
      {bins.length === 0 ? (
        <p className="empty-note">
          {series.outside > 0
            ? `No events dated between ${CHARTED_YEARS.from} and ${CHARTED_YEARS.to}.`
            : 'No dated events in this dataset.'}
        </p>
      ) : (
        <ChartSize height={chartHeight}>
          <BarChart
            data={bins}
            margin={margin}
            barCategoryGap={unit === 'year' ? '18%' : '10%'}
            accessibilityLayer={false}
            role="group"
            aria-label={`Events per ${unit}: press a bar to filter by its year, Shift to extend`}
          >
            <XAxis
              dataKey="key"
              ticks={monthTicks}
              tickFormatter={keyLabel}
              tickLine={false}
              axisLine={false}
              interval={monthTicks ? 0 : 'preserveStartEnd'}
              minTickGap={6}
              tick={plainTick}
            />
            <YAxis
              allowDecimals={false}
              ticks={yTicks}
              domain={yDomain}
              tickFormatter={countLabel}
              width={34}
              tickLine={false}
              axisLine={false}
              interval={0}
              tick={plainTick}
            />
            <Bar dataKey="count" isAnimationActive={false} shape={shape} />
          </BarChart>
        </ChartSize>
      )}
      <div className="time-extras">
        <button
          type="button"
          className="chip chip-toggle"
          aria-pressed={undatedIncluded}
          title={
            undatedIncluded
              ? 'Undated events are shown: press to hide them'
              : 'Undated events are hidden: press to show them'
          }
          onClick={onUndatedToggle}
        >
          <span className="chip-check" aria-hidden="true" />
          Undated ({undated.toLocaleString('en')})
        </button>
        {series.yearOnly > 0 && (
          <span className="panel-hint">+ {events(series.yearOnly)} dated to the year only</span>
        )}
        {series.outside > 0 && (
          <span className="panel-hint">
            + {events(series.outside)} dated before {CHARTED_YEARS.from} or after {CHARTED_YEARS.to}
            , not charted
          </span>
        )}
      </div>
    </section>
  );
});

/** 0, a round step and twice it: whole numbers that cover `max`. */
export function countTicks(max: number): number[] {
  const half = Math.max(1, max / 2);
  const unit = 10 ** Math.floor(Math.log10(half));
  const step = Math.max(1, Math.ceil(half / unit) * unit);
  return max <= 1 ? [0, 1] : [0, step, step * 2];
}

function spanOf({ anchor, current }: Drag): YearRange {
  return { from: Math.min(anchor, current), to: Math.max(anchor, current) };
}

function yearSpan({ bins }: TimeSeries): string {
  const first = bins[0]?.year ?? 0;
  const last = bins.at(-1)?.year ?? first;
  return first === last ? String(first) : `${first}–${last}`;
}
