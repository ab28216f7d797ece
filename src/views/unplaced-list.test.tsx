import { fireEvent, render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { createEventFeature } from '../core/event-fixture.ts';
import { UnplacedList } from './unplaced-list.tsx';

const ignore = (): void => undefined;

test('counts the events not on the map and lists them when opened', () => {
  const listed = [createEventFeature({ id: 'a', name: 'Cloud Summit', place: null })];
  render(<UnplacedList count={1} listed={listed} selectedId={null} onSelect={ignore} />);

  fireEvent.click(screen.getByRole('button', { name: '1 not on map' }));

  expect(screen.getByRole('list', { name: 'Events not on the map' }).textContent).toContain(
    'Cloud Summit',
  );
});

test('says so when every event shown is on the map', () => {
  render(<UnplacedList count={0} listed={[]} selectedId={null} onSelect={ignore} />);

  expect(screen.getByText('Every event shown is on the map.')).toBeTruthy();
  expect(screen.queryByRole('button')).toBeNull();
});

test('says nothing while the dataset loads', () => {
  const { container } = render(
    <UnplacedList count={0} listed={[]} selectedId={null} onSelect={ignore} loading />,
  );

  expect(container.textContent).toBe('');
  expect(container.querySelector('.unplaced')).not.toBeNull();
});
