import { describe, expect, it } from 'vitest';
import { exportFileName, filterSummary } from './export-file-name.ts';
import { emptyFilters, type Filters } from './filters.ts';

function filters(overrides: Partial<Filters>): Filters {
  return { ...emptyFilters, ...overrides };
}

describe('exportFileName', () => {
  it('carries the local date and the filter summary', () => {
    const name = exportFileName(
      filters({ years: { from: 2022, to: 2022 }, themes: ['metaverse'] }),
      new Date(2026, 10, 21, 23, 30),
      'csv',
    );
    expect(name).toBe('event-atlas_2026-11-21_years-2022_themes-metaverse.csv');
  });

  it('says all when nothing is filtered', () => {
    expect(exportFileName(emptyFilters, new Date(2026, 0, 5), 'geojson')).toBe(
      'event-atlas_2026-01-05_all.geojson',
    );
  });
});

describe('filterSummary', () => {
  it('writes a year range with both ends', () => {
    expect(filterSummary(filters({ years: { from: 2020, to: 2023 } }))).toBe('years-2020-2023');
  });

  it('joins several themes with a plus', () => {
    expect(filterSummary(filters({ themes: ['ai', '5g-6g'] }))).toBe('themes-ai+5g-6g');
  });

  it('sanitises the search text for a file name', () => {
    expect(filterSummary(filters({ q: ' ../World AI: "Forum"/2023 ' }))).toBe(
      'q-world-ai-forum-2023',
    );
  });

  it('keeps Chinese search text', () => {
    expect(filterSummary(filters({ q: '人工智能 大会' }))).toBe('q-人工智能-大会');
  });

  it('drops a search of only punctuation', () => {
    expect(filterSummary(filters({ q: '/\\:*?' }))).toBe('all');
  });

  it('names the undated choice and the map-view filter', () => {
    expect(filterSummary(filters({ undated: 'exclude', bbox: [100, 20, 125, 45] }))).toBe(
      'undated-exclude_in-view',
    );
  });

  it('bounds the length of a long summary', () => {
    const summary = filterSummary(
      filters({
        themes: ['metaverse', 'ai', 'aigc', 'xr', 'digital-twin', 'big-data', 'cloud'],
        q: 'x'.repeat(60),
      }),
    );
    expect(summary.length).toBeLessThanOrEqual(80);
    expect(summary).toMatch(/^themes-metaverse\+ai/);
    expect(summary).toMatch(/[^-_+]$/);
  });
});
