import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { curatedRows } from './curated-places.ts';

function curatedFile(): { places: Record<string, unknown>[] } {
  const url = new URL('../../../data/places-curated.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as { places: Record<string, unknown>[] };
}

describe('curatedRows', () => {
  it('reads every row of data/places-curated.json with a curated: id', () => {
    const rows = curatedRows(curatedFile());
    expect(rows.length).toBe(curatedFile().places.length);
    expect(rows.every((row) => row.id.startsWith('curated:'))).toBe(true);
  });

  it('cites a source for every row', () => {
    for (const row of curatedRows(curatedFile())) {
      expect(row.source, row.id).toMatch(/^(?:Wikipedia|OpenStreetMap|GeoNames|Open University)/);
    }
  });

  it('fills the level a row is of from its name', () => {
    const anting = curatedRows(curatedFile()).find((row) => row.id === 'curated:anting');
    expect(anting).toMatchObject({ kind: 'town', town: 'Anting', district: 'Jiading' });
  });

  it('names the field of a malformed row', () => {
    const file = curatedFile();
    file.places[0] = { ...file.places[0], lat: 123 };
    expect(() => curatedRows(file)).toThrow(/lat/);
  });

  it('rejects a duplicate id', () => {
    const file = curatedFile();
    const [first] = file.places;
    expect(() => curatedRows({ places: [first, first] })).toThrow(/duplicate id/);
  });

  it('rejects a row without a source', () => {
    const file = curatedFile();
    const unsourced = Object.fromEntries(
      Object.entries(file.places[0] ?? {}).filter(([key]) => key !== 'source'),
    );
    expect(() => curatedRows({ places: [unsourced] })).toThrow(/source/);
  });
});
