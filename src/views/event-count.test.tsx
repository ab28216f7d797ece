import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { EventCount } from './event-count.tsx';

test('says how many events pass the filters out of all', () => {
  render(<EventCount shown={2} total={5} />);
  expect(screen.getByRole('status').textContent).toBe('2 of 5 events');
});

test('says only the total when nothing is filtered out', () => {
  render(<EventCount shown={5} total={5} />);
  expect(screen.getByRole('status').textContent).toBe('5 events');
});

test('groups thousands and uses the singular for one', () => {
  render(<EventCount shown={1} total={1} />);
  expect(screen.getByRole('status').textContent).toBe('1 event');
  render(<EventCount shown={12_345} total={100_000} />);
  expect(screen.getByText(/of 100,000 events/).textContent).toBe('12,345 of 100,000 events');
});
