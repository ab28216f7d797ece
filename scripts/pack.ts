// `npm run pack -- <dataset> [--output <file.arrow>]`: a dataset as an Arrow IPC stream, which the
// dashboard loads without parsing JSON and DuckDB, pandas, polars and kepler.gl read as they are.
import { parseArgs } from 'node:util';
import { summaryText } from '../src/core/load-summary-text.ts';
import { packDataset } from './pack-write.ts';

const usage = `usage: npm run pack -- <dataset> [--output <file.arrow>]

Reads a dataset (GeoJSON, NDJSON, CSV/TSV, Arrow or Parquet) as the dashboard does and writes it
as an Apache Arrow IPC stream (dictionary-encoded texts and themes). Default output: the input's
name with .arrow.`;

function parse(argv: string[]): { input: string; output: string } | string | null {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help === true) return null;
    const [input] = positionals;
    if (input === undefined || positionals.length > 1) return 'name one dataset to pack';
    return { input, output: values.output ?? input.replace(/\.[^./]*$/, '') + '.arrow' };
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

const args = parse(process.argv.slice(2));
if (args === null) console.log(usage);
else if (typeof args === 'string') {
  console.error(`${args}\n${usage}`);
  process.exitCode = 2;
} else {
  try {
    const started = performance.now();
    const { bytes, events, summary } = await packDataset(args.input, args.output);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.error(
      `${args.output}: ${events.toLocaleString('en')} events, ${(bytes / 1e6).toFixed(1)} MB in ${seconds} s`,
    );
    const text = summaryText(summary);
    if (text) console.error([text.headline, ...text.details.map((d) => `  ${d}`)].join('\n'));
  } catch (err) {
    console.error(`${args.input}: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
