// Command line of `npm run ingest`: parsed with node:util parseArgs, every mistake a UsageError.
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

export interface IngestArgs {
  input: string;
  output: string;
  report: string;
  /** Null: do not apply any override. */
  overrides: string | null;
  /** Whether the overrides file was named on the command line (then it must exist). */
  overridesGiven: boolean;
  /** The event-series file (evidence for names, usual cities and months); null: none. */
  series: string | null;
  /** Whether the series file was named on the command line (then it must exist). */
  seriesGiven: boolean;
  strict: boolean;
  help: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const DEFAULTS = {
  input: 'seeds',
  output: join('data', 'events.geojson'),
  overrides: join('data', 'overrides.json'),
  series: join('data', 'event-series.json'),
};

export const HELP = `Usage: npm run ingest -- [--input <dir>] [--output <file.geojson>] [--report <file.json>]
                          [--overrides <file.json> | --no-overrides]
                          [--series <file.json> | --no-series] [--strict]

Reads every article in <dir> and its subfolders (.txt, .md, .html, .htm, .json, .jsonl; an
optional sources.json per folder gives url, outlet and published per file), extracts and geocodes
the events offline, and writes one GeoJSON FeatureCollection plus a report.

  --input <dir>          folder of articles                       (default: ${DEFAULTS.input})
  --output <file>        GeoJSON to write                          (default: ${DEFAULTS.output})
  --report <file>        report to write            (default: ingest-report.json beside --output)
  --overrides <file>     corrections by event id, applied last   (default: ${DEFAULTS.overrides} if present)
  --no-overrides         apply no override
  --series <file>        known event series, evidence only     (default: ${DEFAULTS.series} if present)
  --no-series            use no event series
  --strict               exit 1 when there is any warning or error
  -h, --help             show this help

Exit status: 0 the run completed (warnings and bad files are in the report); 1 with --strict and
any warning or error, or when the output cannot be written; 2 usage error or unreadable input folder.`;

export function parseIngestArgs(argv: readonly string[]): IngestArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        input: { type: 'string' },
        output: { type: 'string' },
        report: { type: 'string' },
        overrides: { type: 'string' },
        'no-overrides': { type: 'boolean', default: false },
        series: { type: 'string' },
        'no-series': { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  for (const name of ['input', 'output', 'report', 'overrides', 'series'] as const) {
    const value = values[name];
    if (value?.trim() === '') {
      throw new UsageError(`Option '--${name} <value>' needs a value, got "${value}"`);
    }
  }
  if (values.overrides !== undefined && values['no-overrides']) {
    throw new UsageError('--overrides and --no-overrides cannot be used together');
  }
  if (values.series !== undefined && values['no-series']) {
    throw new UsageError('--series and --no-series cannot be used together');
  }
  const output = values.output ?? DEFAULTS.output;
  return {
    input: values.input ?? DEFAULTS.input,
    output,
    report: values.report ?? join(dirname(output), 'ingest-report.json'),
    overrides: values['no-overrides'] ? null : (values.overrides ?? DEFAULTS.overrides),
    overridesGiven: values.overrides !== undefined,
    series: values['no-series'] ? null : (values.series ?? DEFAULTS.series),
    seriesGiven: values.series !== undefined,
    strict: values.strict,
    help: values.help,
  };
}
