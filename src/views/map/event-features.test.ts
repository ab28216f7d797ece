import { describe, expect, test } from 'vitest';
import { createEventFeature } from '../../core/event-fixture.ts';
import { eventPoint, eventSummary } from './event-features.ts';
import { otherThemeColor, themeColor } from './theme-colors.ts';

describe('eventPoint', () => {
  test('a placed event becomes a point coloured by its first theme', () => {
    const point = eventPoint(
      createEventFeature({ themes: ['metaverse', 'ai'] }, [121.49, 31.19]),
      4,
    );
    expect(point?.geometry.coordinates).toEqual([121.49, 31.19]);
    expect(point?.properties).toMatchObject({ i: 4, color: '#7b3fe4', precision: 'exact', n: 1 });
  });

  test('an unplaced event has no point', () => {
    expect(eventPoint(createEventFeature({}, null), 0)).toBeUndefined();
  });

  test('an event without a theme, or with one outside the vocabulary, is grey', () => {
    expect(themeColor(undefined)).toBe(otherThemeColor);
    expect(themeColor('not-a-theme')).toBe(otherThemeColor);
  });
});

describe('eventSummary', () => {
  test('shows the date at its precision and the place as written', () => {
    const summary = eventSummary(createEventFeature());
    expect(summary).toMatchObject({
      name: 'World Artificial Intelligence Conference',
      date: '6–8 Jul 2023',
      place: 'Shanghai World Expo Center',
    });
  });

  test('an undated, unplaced event says so', () => {
    const summary = eventSummary(
      createEventFeature(
        {
          start: null,
          end: null,
          date_precision: 'unknown',
          place: null,
          venue: null,
          district: null,
          city: null,
          province: null,
          country: null,
        },
        null,
      ),
    );
    expect(summary.date).toBe('Undated');
    expect(summary.place).toBe('Place unknown');
  });
});
