// Runs the whole ingest on a folder of labelled articles and scores what it found against the
// truth: events found, place within 25 km, start and end exact, status.
import { readdirSync, readFileSync } from 'node:fs';
import type { SeriesIndex } from '../src/core/extract/event-series.ts';
import type { Gazetteer } from '../src/core/geocode/gazetteer.ts';
import { haversineKm } from '../src/core/ingest/distance.ts';
import type { InputFile } from '../src/core/ingest/read-input.ts';
import { runIngest } from '../src/core/ingest/run-ingest.ts';
import { matchEvents, type Found } from './match-events.ts';
import type { Fixture, TruthEvent } from './truth.ts';

export interface EventScore {
  articles: number;
  events: number;
  found: number;
  placed: number;
  start: number;
  startOf: number;
  end: number;
  endOf: number;
  status: number;
  /** Events the ingest reported that the truth does not have. */
  extra: number;
  /** One line per miss, for the report. */
  misses: string[];
}

const encoder = new TextEncoder();

function inputFile(path: string, bytes: Uint8Array): InputFile {
  return { path, size: bytes.length, bytes, readError: null };
}

/** The folder's files as the CLI would read them, with a sources.json made from the truth's metadata. */
export function fixtureInputs(
  dir: URL,
  fixtures: readonly Fixture[],
  withSources: boolean,
): InputFile[] {
  const inputs = readdirSync(dir)
    .filter((file) => file !== 'sources.json' || !withSources)
    .sort()
    .map((file) => inputFile(file, readFileSync(new URL(file, dir))));
  if (!withSources) return inputs;
  const sources = Object.fromEntries(
    fixtures.map((f) => [
      f.file,
      { url: f.truth.url, outlet: f.truth.outlet, published: f.truth.published },
    ]),
  );
  return [...inputs, inputFile('sources.json', encoder.encode(JSON.stringify(sources)))];
}

function placedRight(found: Found, truth: TruthEvent): boolean {
  if (truth.lat === null || truth.lon === null) return found.coordinates === null;
  return found.coordinates !== null && haversineKm(found.coordinates, [truth.lon, truth.lat]) <= 25;
}

export function scoreFixtures(
  inputs: readonly InputFile[],
  fixtures: readonly Fixture[],
  gazetteer: Gazetteer,
  series: SeriesIndex | null,
): EventScore {
  const { events } = runIngest(inputs, { gazetteer, series, overrides: null });
  const byFile = new Map<string, Found[]>();
  for (const e of events) {
    const found: Found = {
      name: e.properties.name,
      start: e.properties.start,
      end: e.properties.end,
      status: e.properties.status,
      coordinates: e.coordinates,
    };
    for (const source of e.properties.sources) {
      byFile.set(source.file, [...(byFile.get(source.file) ?? []), found]);
    }
  }
  const score: EventScore = {
    articles: fixtures.length,
    events: 0,
    found: 0,
    placed: 0,
    start: 0,
    startOf: 0,
    end: 0,
    endOf: 0,
    status: 0,
    extra: 0,
    misses: [],
  };
  for (const fixture of fixtures) {
    const found = byFile.get(fixture.file) ?? [];
    const truth = fixture.truth.events;
    const match = matchEvents(found, truth);
    score.events += truth.length;
    score.extra += found.length - match.size;
    truth.forEach((t, i) => {
      const j = match.get(i);
      const f = j === undefined ? undefined : found[j];
      if (t.start !== null) score.startOf++;
      if (t.end !== null) score.endOf++;
      if (f === undefined) {
        score.misses.push(`${fixture.slug}: not found: ${t.name}`);
        return;
      }
      score.found++;
      const wrong: string[] = [];
      if (placedRight(f, t)) score.placed++;
      else wrong.push(`place ${f.coordinates === null ? 'none' : f.coordinates.join(',')}`);
      if (t.start !== null && f.start === t.start) score.start++;
      else if (t.start !== null) wrong.push(`start ${f.start ?? 'none'} (truth ${t.start})`);
      if (t.end !== null && f.end === t.end) score.end++;
      else if (t.end !== null) wrong.push(`end ${f.end ?? 'none'} (truth ${t.end})`);
      if (f.status === t.status) score.status++;
      else wrong.push(`status ${f.status} (truth ${t.status})`);
      if (wrong.length > 0) score.misses.push(`${fixture.slug}: ${t.name}: ${wrong.join('; ')}`);
    });
  }
  return score;
}
