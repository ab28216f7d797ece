import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { LoadingState } from './loading-state.tsx';

test('says how many events have been read once some have', () => {
  render(<LoadingState read={12500} />);
  expect(screen.getByRole('status').textContent).toContain('12,500 read');
});

test('shows no count before the first batch', () => {
  render(<LoadingState read={0} />);
  expect(screen.getByRole('status').textContent).toBe('Loading events…');
});

test('spins until the first events are read, then lets the count show progress', () => {
  const { container, rerender } = render(<LoadingState read={0} />);
  expect(container.querySelector('.spinner')).not.toBeNull();

  rerender(<LoadingState read={2500} />);

  expect(container.querySelector('.spinner')).toBeNull();
});
