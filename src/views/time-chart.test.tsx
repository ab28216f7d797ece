import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import type { TimeSeries } from '../core/aggregate-time.ts';
import type { YearRange } from '../core/filters.ts';
import { countTicks, nextYears, TimeChart, type TimeChartProps } from './time-chart.tsx';

function createYearSeries(selected: YearRange | null = null): TimeSeries {
  const bins = [2020, 2021, 2022, 2023].map((year, i) => ({
    key: String(year),
    label: String(year),
    title: String(year),
    year,
    month: null,
    count: [1, 0, 2, 2][i] ?? 0,
    selected: selected !== null && year >= selected.from && year <= selected.to,
  }));
  return { unit: 'year', bins, yearOnly: 0, outside: 0 };
}

function renderChart(overrides: Partial<TimeChartProps> = {}) {
  const props: TimeChartProps = {
    series: createYearSeries(),
    years: null,
    undated: 3,
    undatedIncluded: true,
    onYearsChange: vi.fn(),
    onUndatedToggle: vi.fn(),
    ...overrides,
  };
  render(<TimeChart {...props} />);
  return props;
}

describe('TimeChart', () => {
  test('labels the count axis compactly and the year axis by year', async () => {
    const series = createYearSeries();
    series.bins = series.bins.map((b) => ({ ...b, count: b.count * 2000 }));
    const { container } = render(
      <TimeChart
        series={series}
        years={null}
        undated={0}
        undatedIncluded
        onYearsChange={vi.fn()}
        onUndatedToggle={vi.fn()}
      />,
    );
    const ticks = (axis: string) =>
      [...container.querySelectorAll(`.recharts-${axis}Axis-tick-labels .axis-tick`)].map(
        (t) => t.textContent,
      );
    await screen.findByText('2K');
    expect(ticks('y')).toEqual(['0', '2K', '4K']);
    expect(ticks('x')).toContain('2020');
  });

  test('a click on a year selects that year', () => {
    const props = renderChart();
    fireEvent.click(screen.getByRole('button', { name: '2022: 2 events' }));
    expect(props.onYearsChange).toHaveBeenCalledWith({ from: 2022, to: 2022 });
  });

  test('Shift+click extends the selected range', () => {
    const years = { from: 2020, to: 2020 };
    const props = renderChart({ series: createYearSeries(years), years });
    fireEvent.click(screen.getByRole('button', { name: '2022: 2 events' }), { shiftKey: true });
    expect(props.onYearsChange).toHaveBeenCalledWith({ from: 2020, to: 2022 });
  });

  test('Enter on the focused bar works like a click', () => {
    const props = renderChart();
    fireEvent.keyDown(screen.getByRole('button', { name: '2021: 0 events' }), { key: 'Enter' });
    expect(props.onYearsChange).toHaveBeenCalledWith({ from: 2021, to: 2021 });
  });

  test('"All years" clears the year range', () => {
    const years = { from: 2022, to: 2023 };
    const props = renderChart({ series: createYearSeries(years), years });
    fireEvent.click(screen.getByRole('button', { name: 'All years' }));
    expect(props.onYearsChange).toHaveBeenCalledWith(null);
  });

  test('the Undated chip shows its count and whether it is included', () => {
    const props = renderChart({ undatedIncluded: false });
    const chip = screen.getByRole('button', { name: 'Undated (3)' });
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(chip);
    expect(props.onUndatedToggle).toHaveBeenCalledOnce();
  });

  test('dragging across bars selects the range they span', () => {
    const props = renderChart();
    fireEvent.pointerDown(screen.getByRole('button', { name: '2023: 2 events' }), { button: 0 });
    fireEvent.pointerEnter(screen.getByRole('button', { name: '2021: 0 events' }));
    fireEvent.pointerUp(window);
    expect(props.onYearsChange).toHaveBeenCalledWith({ from: 2021, to: 2023 });
  });

  test('a press without a drag leaves the choice to the click', () => {
    const props = renderChart();
    fireEvent.pointerDown(screen.getByRole('button', { name: '2023: 2 events' }), { button: 0 });
    fireEvent.pointerUp(window);
    expect(props.onYearsChange).not.toHaveBeenCalled();
  });
});

describe('nextYears', () => {
  test('selects a single year', () => {
    expect(nextYears(null, 2022, false)).toEqual({ from: 2022, to: 2022 });
  });

  test('pressing the only selected year again clears the range', () => {
    expect(nextYears({ from: 2022, to: 2022 }, 2022, false)).toBeNull();
  });

  test('extends a range backwards', () => {
    expect(nextYears({ from: 2022, to: 2023 }, 2019, true)).toEqual({ from: 2019, to: 2023 });
  });

  test('extending with nothing selected selects the year', () => {
    expect(nextYears(null, 2021, true)).toEqual({ from: 2021, to: 2021 });
  });
});

describe('countTicks', () => {
  test.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 2, 4]],
    [4, [0, 2, 4]],
    [7, [0, 4, 8]],
    [10_180, [0, 6000, 12_000]],
  ])('covers %i with whole, round steps', (max, ticks) => {
    expect(countTicks(max)).toEqual(ticks);
  });

  test('says how many events are dated outside the charted years', () => {
    renderChart({ series: { ...createYearSeries(), outside: 2 } });
    expect(screen.getByText(/2 events dated before 1900 or after 2100, not charted/)).toBeTruthy();
  });
});
