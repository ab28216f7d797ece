import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import type { ThemeBin } from '../core/aggregate-themes.ts';
import { ThemeChart } from './theme-chart.tsx';

function createBins(count = 3): ThemeBin[] {
  const bins: ThemeBin[] = [
    { slug: 'metaverse', label: 'Metaverse', color: '#7b3fe4', count: 4, selected: false },
    { slug: 'ai', label: 'Artificial intelligence', color: '#e4572e', count: 1, selected: true },
    { slug: 'mine', label: 'mine', color: null, count: 0, selected: false },
  ];
  for (let i = bins.length; i < count; i++) {
    bins.push({ slug: `t${i}`, label: `Theme ${i}`, color: null, count: 1, selected: false });
  }
  return bins;
}

describe('ThemeChart', () => {
  test('a click on a bar toggles its theme', () => {
    const onToggle = vi.fn();
    render(<ThemeChart bins={createBins()} onToggle={onToggle} />);
    fireEvent.click(screen.getByRole('button', { name: 'Metaverse: 4 events' }));
    expect(onToggle).toHaveBeenCalledWith('metaverse');
  });

  test('writes each count at the end of its bar', () => {
    const bins = createBins();
    bins[0] = { ...(bins[0] as ThemeBin), count: 12345 };
    const { container } = render(<ThemeChart bins={bins} onToggle={vi.fn()} />);
    const values = [...container.querySelectorAll('.bar-value')].map((t) => t.textContent);
    expect(values).toEqual(['12,345', '1', '0']);
  });

  test('Enter or Space on a focused bar toggles it too', () => {
    const onToggle = vi.fn();
    render(<ThemeChart bins={createBins()} onToggle={onToggle} />);
    const bar = screen.getByRole('button', { name: 'Artificial intelligence: 1 event' });
    fireEvent.keyDown(bar, { key: 'Enter' });
    fireEvent.keyDown(bar, { key: ' ' });
    expect(onToggle.mock.calls).toEqual([['ai'], ['ai']]);
  });

  test('a bar with no events can still be pressed', () => {
    const onToggle = vi.fn();
    render(<ThemeChart bins={createBins()} onToggle={onToggle} />);
    fireEvent.click(screen.getByRole('button', { name: 'mine: 0 events' }));
    expect(onToggle).toHaveBeenCalledWith('mine');
  });

  test('selected themes are marked pressed', () => {
    render(<ThemeChart bins={createBins()} onToggle={vi.fn()} />);
    const pressed = screen
      .getAllByRole('button', { pressed: true })
      .map((b) => b.getAttribute('aria-label'));
    expect(pressed).toEqual(['Artificial intelligence: 1 event']);
  });

  test('a long list is folded, keeping selected themes, and unfolds on demand', () => {
    const bins = createBins(14);
    bins[12] = { ...(bins[12] as ThemeBin), selected: true };
    render(<ThemeChart bins={bins} onToggle={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'Theme 11: 1 event' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Theme 12: 1 event' })).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Show all 14 themes' }));
    expect(screen.getByRole('button', { name: 'Theme 11: 1 event' })).toBeDefined();
  });

  test('draws at most the 60 most frequent of 10,000 themes when all are asked for', () => {
    render(<ThemeChart bins={createBins(10_000)} onToggle={vi.fn()} />);
    fireEvent.click(
      screen.getByRole('button', { name: 'Show the 60 most frequent of 10,000 themes' }),
    );
    expect(screen.getAllByRole('button', { name: /events?$/ })).toHaveLength(60);
    expect(screen.getByText('9,940 rarer themes are not drawn.')).toBeTruthy();
  });
});
