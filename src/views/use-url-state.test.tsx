import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { useUrlState } from './use-url-state.ts';

function renderUrlState() {
  const { result } = renderHook(() => useUrlState());
  return {
    state: () => result.current[0],
    update: (...args: Parameters<(typeof result.current)[1]>) => {
      act(() => {
        result.current[1](...args);
      });
    },
  };
}

function visit(search: string) {
  window.history.replaceState(null, '', `/${search}`);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

beforeEach(() => {
  visit('?debug');
});

afterEach(() => {
  visit('');
});

test('starts from the query string', () => {
  visit('?years=2022&themes=ai');
  const { state } = renderUrlState();
  expect(state().filters.years).toEqual({ from: 2022, to: 2022 });
  expect(state().filters.themes).toEqual(['ai']);
});

test('a discrete change pushes a history entry', async () => {
  const { update } = renderUrlState();
  const before = window.history.length;
  update((s) => ({ ...s, filters: { ...s.filters, themes: ['ai'] } }), 'push');
  await settle();
  expect(window.location.search).toBe('?themes=ai&debug');
  expect(window.history.length).toBe(before + 1);
});

test('typing replaces the entry, once, after the keystrokes settle', async () => {
  const { update } = renderUrlState();
  const before = window.history.length;
  for (const q of ['f', 'fo', 'for']) {
    update((s) => ({ ...s, filters: { ...s.filters, q } }), 'replace');
  }
  expect(window.location.search).toBe('?debug');
  await settle();
  expect(window.location.search).toBe('?q=for&debug');
  expect(window.history.length).toBe(before);
});

test('Back restores the state of the URL it returns to', async () => {
  const { state, update } = renderUrlState();
  update((s) => ({ ...s, sel: 'a' }), 'push');
  await settle();
  visit('?sel=b');
  act(() => {
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  expect(state().sel).toBe('b');
});
