// The ingest fuzz in CI: 300 seeded mutations of the seed and fixture articles, under a minute.
// `npm run fuzz -- --files 10000` runs the long version with the same checks.
import { describe, expect, it } from 'vitest';
import { runFuzz, type FuzzFigures } from './fuzz-run.ts';

describe('ingest fuzz', () => {
  let figures: FuzzFigures;

  it('ingests 300 mutated articles', { timeout: 120_000 }, async () => {
    figures = await runFuzz({ files: 300, seed: 19 });
    expect(figures.files).toBe(300);
  });

  it('crashes on none, alone or all together', () => {
    expect(figures.crashes).toEqual([]);
    expect(figures.together.crashed).toBeNull();
  });

  it('lists every file in the report', () => {
    expect(figures.missing).toEqual([]);
  });

  it('writes RFC 7946 GeoJSON that the dashboard reads whole', () => {
    expect(figures.invalid).toEqual([]);
    expect(figures.rejected).toEqual([]);
  });

  it('spends at most 5 s on any one file', () => {
    expect(figures.hangs).toEqual([]);
  });
});
