import { describe, expect, it } from 'vitest';
import { parseIngestArgs, UsageError } from './ingest-args.ts';

describe('parseIngestArgs', () => {
  it('defaults to seeds/ → data/events.geojson, the report beside it, and data/overrides.json', () => {
    expect(parseIngestArgs([])).toEqual({
      input: 'seeds',
      output: 'data/events.geojson',
      report: 'data/ingest-report.json',
      overrides: 'data/overrides.json',
      overridesGiven: false,
      series: 'data/event-series.json',
      seriesGiven: false,
      strict: false,
      help: false,
    });
  });

  it('puts the default report next to a custom output', () => {
    expect(parseIngestArgs(['--output', 'out/x.geojson']).report).toBe('out/ingest-report.json');
  });

  it('reads every option', () => {
    const args = parseIngestArgs([
      '--input',
      'in',
      '--output',
      'o.geojson',
      '--report',
      'r.json',
      '--overrides',
      'ov.json',
      '--strict',
    ]);
    expect(args).toMatchObject({
      input: 'in',
      output: 'o.geojson',
      report: 'r.json',
      overrides: 'ov.json',
      overridesGiven: true,
      strict: true,
    });
  });

  it('reads --series and turns series off with --no-series', () => {
    expect(parseIngestArgs(['--series', 's.json'])).toMatchObject({
      series: 's.json',
      seriesGiven: true,
    });
    expect(parseIngestArgs(['--no-series']).series).toBeNull();
  });

  it('rejects --series with --no-series', () => {
    expect(() => parseIngestArgs(['--series', 's.json', '--no-series'])).toThrow(UsageError);
  });

  it('turns overrides off with --no-overrides', () => {
    expect(parseIngestArgs(['--no-overrides']).overrides).toBeNull();
  });

  it('rejects an unknown flag', () => {
    expect(() => parseIngestArgs(['--inptu', 'x'])).toThrow(UsageError);
  });

  it('rejects a missing value', () => {
    expect(() => parseIngestArgs(['--input'])).toThrow(UsageError);
  });

  it('rejects a flag taken as a value', () => {
    expect(() => parseIngestArgs(['--input', '--strict'])).toThrow(UsageError);
  });

  it('rejects an empty value', () => {
    expect(() => parseIngestArgs(['--output', ''])).toThrow(/needs a value/);
  });

  it('rejects a positional argument', () => {
    expect(() => parseIngestArgs(['seeds'])).toThrow(UsageError);
  });
});
