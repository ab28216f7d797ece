import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The series gazetteer is hand-written data: these checks keep a bad row from
// reaching the ingest, where an alias shared by two series would mark the wrong one.

interface SeriesRow {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  city: string | null;
  country: string | null;
  venue: string | null;
  lat: number | null;
  lon: number | null;
  months: number[];
  frequency: string;
  themes: string[];
  source: string;
  rotating?: boolean;
}

function readText(path: string): string {
  return readFileSync(new URL(path, import.meta.url), 'utf8');
}

const rows = (JSON.parse(readText('../../../data/event-series.json')) as { series: SeriesRow[] })
  .series;
const themeSlugs = new Set(
  (JSON.parse(readText('../../../data/themes.json')) as { themes: { slug: string }[] }).themes.map(
    (theme) => theme.slug,
  ),
);
const kinds = new Set([
  'trade-fair',
  'conference',
  'summit',
  'forum',
  'festival',
  'competition',
  'week',
]);
const frequencies = new Set(['annual', 'biennial', 'other']);

describe('data/event-series.json', () => {
  it('holds at least 300 series', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
  });

  it('gives every series a unique slug id', () => {
    const ids = rows.map((row) => row.id);
    expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lets no name or alias name two series, case aside', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const row of rows) {
      for (const label of new Set([row.name, ...row.aliases].map((text) => text.toLowerCase()))) {
        const first = owner.get(label);
        if (first !== undefined) clashes.push(`${label}: ${first} and ${row.id}`);
        owner.set(label, row.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('keeps aliases at three characters or more and distinct within a row', () => {
    for (const row of rows) {
      const labels = [row.name, ...row.aliases].map((text) => text.toLowerCase());
      expect(new Set(labels).size, row.id).toBe(labels.length);
      expect(
        row.aliases.filter((alias) => alias.trim().length < 3),
        row.id,
      ).toEqual([]);
    }
  });

  it('uses only themes from data/themes.json', () => {
    const unknown = rows.flatMap((row) => row.themes.filter((theme) => !themeSlugs.has(theme)));
    expect(unknown).toEqual([]);
  });

  it('uses only the known kinds and frequencies', () => {
    for (const row of rows) {
      expect(kinds.has(row.kind), row.id).toBe(true);
      expect(frequencies.has(row.frequency), row.id).toBe(true);
    }
  });

  it('places a fixed series with coordinates in range and a rotating one with none', () => {
    for (const row of rows) {
      if (row.rotating === true) {
        expect([row.city, row.venue, row.lat, row.lon], row.id).toEqual([null, null, null, null]);
        continue;
      }
      expect(row.city, row.id).toBeTruthy();
      expect(row.lat ?? Number.NaN, row.id).toBeGreaterThanOrEqual(-90);
      expect(row.lat ?? Number.NaN, row.id).toBeLessThanOrEqual(90);
      expect(row.lon ?? Number.NaN, row.id).toBeGreaterThanOrEqual(-180);
      expect(row.lon ?? Number.NaN, row.id).toBeLessThanOrEqual(180);
      expect(row.country ?? '', row.id).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('gives months as distinct integers from 1 to 12', () => {
    for (const row of rows) {
      expect(
        row.months.every((month) => Number.isInteger(month) && month >= 1 && month <= 12),
        row.id,
      ).toBe(true);
      expect(new Set(row.months).size, row.id).toBe(row.months.length);
    }
  });

  it('names a source URL for every series', () => {
    const unsourced = rows
      .filter((row) => !/^https?:\/\/\S+$/.test(row.source))
      .map((row) => row.id);
    expect(unsourced).toEqual([]);
  });
});
