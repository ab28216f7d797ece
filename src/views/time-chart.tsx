// Events over time: one bar per year (per month when the shown range spans two years or less),
// counted over every filter but time. Clicking a bar selects its year, Shift extends the range,
// the brush drags one; the "Undated" chip includes or excludes events without a date.
import { Bar, BarChart, Brush, XAxis, YAxis } from 'recharts';
import type { TimeBin, TimeSeries } from '../core/aggregate-time.ts';
import type { YearRange } from '../core/filters.ts';
import { BarButton } from './bar-button.tsx';
import { ChartSize } from './chart-size.tsx';

export interface TimeChartProps {
  series: TimeSeries;
  years: YearRange | null;
  /** Undated events passing every filter but time. */
  undated: number;
  undatedIncluded: boolean;
  onYearsChange: (years: YearRange | null) => void;
  onUndatedToggle: () => void;
  /** Fixed width for tests (happy-dom lays nothing out); the chart fills its box otherwise. */
  width?: number;
}

const chartHeight = 150;

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

export function TimeChart(props: TimeChartProps) {
  const { series, years, undated, undatedIncluded, onYearsChange, onUndatedToggle, width } = props;
  const { bins, unit } = series;
  const anySelected = bins.some((b) => b.selected);
  const brush = unit === 'year' && bins.length > 2 ? brushRange(bins, years) : null;
  const events = (n: number) => `${n.toLocaleString('en')} event${n === 1 ? '' : 's'}`;
  const monthYears = unit === 'month' ? yearSpan(bins) : '';

  return (
    <section className="panel time-chart" aria-labelledby="time-chart-title">
      <header className="panel-header">
        <h2 id="time-chart-title">When</h2>
        <span className="panel-hint">
          {unit === 'year' ? 'events per year' : `events per month, ${monthYears}`}
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
        <p className="empty-note">No dated events in this dataset.</p>
      ) : (
        <div className="chart-box" style={{ height: chartHeight + (brush ? 28 : 0) }}>
          <ChartSize width={width} height={chartHeight + (brush ? 28 : 0)}>
            <BarChart
              data={bins}
              margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
              barCategoryGap={unit === 'year' ? '18%' : '10%'}
              accessibilityLayer={false}
              role="group"
              aria-label={`Events per ${unit}: press a bar to filter by its year`}
            >
              <XAxis
                dataKey="label"
                tickLine={false}
                axisLine={false}
                interval="preserveStartEnd"
                minTickGap={6}
                tick={{ className: 'axis-tick' }}
              />
              <YAxis
                allowDecimals={false}
                width={32}
                tickLine={false}
                axisLine={false}
                tick={{ className: 'axis-tick' }}
              />
              <Bar
                dataKey="count"
                isAnimationActive={false}
                background={false}
                minPointSize={0}
                shape={(shape) => {
                  const bin = bins[shape.index];
                  if (bin === undefined) return <g />;
                  return (
                    <BarButton
                      shape={shape}
                      options={{
                        label: `${bin.title}: ${events(bin.count)}`,
                        pressed: bin.selected,
                        fill: bin.selected ? 'var(--bar-selected)' : 'var(--bar)',
                        muted: anySelected && !bin.selected,
                        onActivate: (extend) => {
                          onYearsChange(nextYears(years, bin.year, extend));
                        },
                      }}
                    />
                  );
                }}
              />
              {brush && (
                <Brush
                  dataKey="label"
                  height={20}
                  travellerWidth={10}
                  startIndex={brush[0]}
                  endIndex={brush[1]}
                  className="time-brush"
                  ariaLabel="Year range"
                  onChange={({ startIndex, endIndex }) => {
                    const next = rangeOf(bins, startIndex, endIndex);
                    if (!sameRange(next, years)) onYearsChange(next);
                  }}
                />
              )}
            </BarChart>
          </ChartSize>
        </div>
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
      </div>
    </section>
  );
}

function brushRange(bins: readonly TimeBin[], years: YearRange | null): [number, number] {
  const last = bins.length - 1;
  if (years === null) return [0, last];
  const first = bins[0]?.year ?? 0;
  const clamp = (i: number) => Math.min(last, Math.max(0, i));
  return [clamp(years.from - first), clamp(years.to - first)];
}

function rangeOf(bins: readonly TimeBin[], start: number, end: number): YearRange | null {
  if (start <= 0 && end >= bins.length - 1) return null;
  const from = bins[start]?.year;
  const to = bins[end]?.year;
  return from === undefined || to === undefined ? null : { from, to };
}

function sameRange(a: YearRange | null, b: YearRange | null): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);
}

function yearSpan(bins: readonly TimeBin[]): string {
  const first = bins[0]?.year ?? 0;
  const last = bins.at(-1)?.year ?? first;
  return first === last ? String(first) : `${first}–${last}`;
}
