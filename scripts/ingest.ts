// `npm run ingest`: a folder of news articles → data/events.geojson + data/ingest-report.json.
// The work is the pure runIngest (src/core/ingest); this file only does arguments, files, the
// progress bar, the summary and the exit status.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SeriesIndex } from '../src/core/extract/event-series.ts';
import type { Gazetteer } from '../src/core/geocode/gazetteer.ts';
import { serialiseEvents } from '../src/core/ingest/geojson-output.ts';
import { reportJson } from '../src/core/ingest/report-json.ts';
import { runIngest } from '../src/core/ingest/run-ingest.ts';
import { summaryText } from '../src/core/ingest/summary-text.ts';
import { HELP, parseIngestArgs, UsageError } from './ingest-args.ts';
import { InputFolderError, listInputFiles, readInputFile } from './ingest-files.ts';
import { createProgress } from './ingest-progress.ts';
import type { ProgressStream } from './ingest-progress.ts';
import { loadEventSeries } from './load-event-series.ts';
import { loadGazetteer } from './load-gazetteer.ts';

export interface IngestDeps {
  stderr: ProgressStream;
  /** Loads the gazetteer; tests pass one already loaded to save seconds per run. */
  gazetteer: () => Promise<Gazetteer>;
  /** Loads an event-series file (null when absent); tests may pass their own. */
  series?: (file: string) => Promise<SeriesIndex | null>;
}

export const EXIT = { ok: 0, strict: 1, failed: 1, usage: 2 } as const;

export async function main(
  argv: readonly string[],
  deps: IngestDeps = { stderr: process.stderr, gazetteer: loadGazetteer },
): Promise<number> {
  const say = (text: string): void =>
    void deps.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
  let args;
  try {
    args = parseIngestArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(`ingest: ${error.message}\nRun with --help for the options.`);
    return EXIT.usage;
  }
  if (args.help) {
    say(HELP);
    return EXIT.ok;
  }

  let paths;
  try {
    paths = await listInputFiles(args.input);
  } catch (error) {
    if (!(error instanceof InputFolderError)) throw error;
    say(`ingest: ${error.message} — pass an existing folder of articles with --input <dir>`);
    return EXIT.usage;
  }

  let overrides: { file: string; text: string } | null = null;
  if (args.overrides !== null) {
    const text = await readFile(args.overrides, 'utf8').catch(() => null);
    if (text === null && args.overridesGiven) {
      say(
        `ingest: cannot read the overrides file "${args.overrides}" — check the path, or drop --overrides`,
      );
      return EXIT.usage;
    }
    if (text !== null) overrides = { file: args.overrides, text };
  }

  const inputs = [];
  for (const path of paths) inputs.push(await readInputFile(args.input, path));
  const gazetteer = await deps.gazetteer();
  let series: SeriesIndex | null = null;
  if (args.series !== null) {
    try {
      series = await (deps.series ?? loadEventSeries)(args.series);
    } catch (error) {
      say(`ingest: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT.failed;
    }
    if (series === null && args.seriesGiven) {
      say(
        `ingest: cannot read the event-series file "${args.series}" — check the path, or drop --series`,
      );
      return EXIT.usage;
    }
  }
  const progress = createProgress(deps.stderr);
  const { events, report } = runIngest(inputs, {
    gazetteer,
    series,
    overrides,
    onProgress: progress.update,
    now: () => performance.now(),
  });
  progress.finish();

  try {
    await writeAtomically(args.output, serialiseEvents(events));
    await writeAtomically(args.report, reportJson({ input: args.input, ...report }));
  } catch (error) {
    say(
      `ingest: cannot write the output: ${error instanceof Error ? error.message : String(error)}`,
    );
    return EXIT.failed;
  }
  say(summaryText(report, args.report));
  say(`Wrote ${args.output} and ${args.report}`);
  const troubled = report.totals.warnings + report.totals.errors > 0;
  return args.strict && troubled ? EXIT.strict : EXIT.ok;
}

/** Written beside the target, then renamed: a crash never leaves a half-written dataset. */
async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

// import.meta.main only exists from Node 22.18/24.2; engines allows 22.12.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
