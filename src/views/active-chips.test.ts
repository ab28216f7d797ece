import { describe, expect, test } from 'vitest';
import { defaultUrlState, type UrlState } from '../core/url-state.ts';
import { activeChips } from './active-chips.ts';

function createState(): UrlState {
  return {
    ...defaultUrlState,
    filters: {
      years: { from: 2022, to: 2023 },
      undated: 'include',
      themes: ['metaverse', 'my-theme'],
      q: ' forum ',
      bbox: null,
    },
    inView: true,
  };
}

/** The chips of a state, and what the state becomes when one is removed. */
function chipsOf(state: UrlState) {
  let next = state;
  const chips = activeChips(state, (change) => {
    next = change(state);
  });
  return {
    chips,
    removed: (key: string) => {
      chips.find((c) => c.key === key)?.onRemove();
      return next;
    },
  };
}

describe('activeChips', () => {
  test('one chip per active clause, labelled as people read them', () => {
    const { chips } = chipsOf(createState());
    expect(chips.map((c) => c.label)).toEqual([
      '2022–2023',
      'Undated shown',
      'Metaverse',
      'my-theme',
      '“forum”',
      'In map view',
    ]);
  });

  test('no chips for the default state', () => {
    expect(chipsOf(defaultUrlState).chips).toEqual([]);
  });

  test('removing a theme chip removes only that theme', () => {
    expect(chipsOf(createState()).removed('theme:metaverse').filters.themes).toEqual(['my-theme']);
  });

  test('removing the years chip clears the range and keeps the rest', () => {
    const next = chipsOf(createState()).removed('years');
    expect(next.filters.years).toBeNull();
    expect(next.filters.q).toBe(' forum ');
  });

  test('removing the map-view chip turns the toggle off', () => {
    expect(chipsOf(createState()).removed('inview').inView).toBe(false);
  });
});
