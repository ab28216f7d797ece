import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { curatedRows } from './curated-places.ts';
import type { GazetteerRow } from './gazetteer.ts';

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8'));
}

const china = curatedRows(readJson('venues-china.json'));
const world = curatedRows(readJson('venues-world.json'));
const curated = curatedRows(readJson('places-curated.json'));

// Rough boxes [south, west, north, east] of the countries these files cover most: a row outside
// its country's box has swapped or mistyped coordinates.
const COUNTRY_BOXES: Readonly<Record<string, readonly [number, number, number, number]>> = {
  CN: [18, 73, 54, 135],
  HK: [22.15, 113.83, 22.57, 114.45],
  MO: [22.1, 113.52, 22.22, 113.6],
  TW: [21.8, 119.9, 25.4, 122.1],
  US: [18, -180, 72, -66],
  CA: [41.6, -141, 83.2, -52.6],
  BR: [-33.8, -74, 5.3, -34.7],
  GB: [49.8, -8.7, 60.9, 1.8],
  DE: [47.2, 5.8, 55.1, 15.1],
  FR: [41.3, -5.2, 51.1, 9.6],
  ES: [27.6, -18.2, 43.8, 4.4],
  IT: [35.4, 6.6, 47.1, 18.6],
  NL: [50.7, 3.3, 53.6, 7.3],
  JP: [24, 122.9, 46, 146],
  KR: [33, 124.5, 38.7, 131],
  IN: [6.5, 68, 35.7, 97.5],
  SG: [1.2, 103.6, 1.48, 104.1],
  AE: [22.6, 51.5, 26.1, 56.4],
  AU: [-43.7, 113, -10.6, 153.7],
};

function insideCountryBox(row: GazetteerRow): boolean {
  const box = COUNTRY_BOXES[row.country];
  if (box === undefined) return true;
  const [south, west, north, east] = box;
  return row.lat >= south && row.lat <= north && row.lon >= west && row.lon <= east;
}

describe('venue gazetteers', () => {
  it('reads every row of both files with the curated schema', () => {
    expect(china.length).toBeGreaterThan(0);
    expect(world.length).toBeGreaterThan(0);
  });

  it('keeps ids unique across places-curated.json and both venue files', () => {
    const ids = [...curated, ...china, ...world].map((row) => row.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('holds at least 520 rows, at least 200 in each file', () => {
    expect(china.length).toBeGreaterThanOrEqual(200);
    expect(world.length).toBeGreaterThanOrEqual(200);
    expect(china.length + world.length).toBeGreaterThanOrEqual(520);
  });

  it('places every row inside a rough box of its country', () => {
    const outside = [...china, ...world]
      .filter((row) => !insideCountryBox(row))
      .map((row) => row.id);
    expect(outside).toEqual([]);
  });

  it('cites Wikipedia or OpenStreetMap for every row', () => {
    const unsourced = [...china, ...world]
      .filter((row) => !/^(?:Wikipedia|OpenStreetMap): \S/.test(row.source ?? ''))
      .map((row) => row.id);
    expect(unsourced).toEqual([]);
  });

  it('keeps the China file to China, Hong Kong, Macao and Taiwan', () => {
    const others = china
      .filter((row) => !['CN', 'HK', 'MO', 'TW'].includes(row.country))
      .map((row) => row.id);
    expect(others).toEqual([]);
  });
});
