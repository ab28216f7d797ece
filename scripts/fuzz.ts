// `npm run fuzz -- --files 10000 [--seed 19]`: the ingest on seeded mutations of its own articles
// (scripts/fuzz-run.ts); prints the figures and exits 1 when any file crashed, hung, went missing
// from the report or gave output the dashboard would not take whole.
import { parseArgs } from 'node:util';
import { runFuzz, type FuzzFigures } from './fuzz-run.ts';

const { values } = parseArgs({
  options: { files: { type: 'string', default: '1000' }, seed: { type: 'string', default: '19' } },
});
const files = Number(values.files);
const seed = Number(values.seed);
if (!Number.isInteger(files) || files < 1 || !Number.isInteger(seed)) {
  console.error('fuzz: --files takes a positive whole number, --seed a whole number');
  process.exit(2);
}

const started = performance.now();
const figures = await runFuzz({
  files,
  seed,
  onFile: (done) => {
    if (done % 500 === 0) process.stderr.write(`  ${String(done)} / ${String(files)} files\n`);
  },
});
const list = (name: string, items: string[]): string =>
  `${name.padEnd(22)}${String(items.length)}${items
    .slice(0, 10)
    .map((i) => `\n    ${i}`)
    .join('')}`;
console.log(
  [
    `Fuzz, seed ${String(seed)}: ${String(figures.files)} files in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    list('crashes', figures.crashes),
    list('hangs (over 5 s)', figures.hangs),
    list('missing from report', figures.missing),
    list('invalid GeoJSON', figures.invalid),
    list('rejected by dashboard', figures.rejected),
    `slowest file          ${figures.slowest.ms.toFixed(0)} ms: ${figures.slowest.file}`,
    `all files together    ${(figures.together.ms / 1000).toFixed(1)} s, ${String(figures.together.events)} events${figures.together.crashed === null ? '' : `, CRASHED: ${figures.together.crashed}`}`,
    `peak memory           ${figures.peakRssMb.toFixed(0)} MB RSS`,
  ].join('\n'),
);
process.exitCode = failed(figures) ? 1 : 0;

function failed(f: FuzzFigures): boolean {
  const problems = [f.crashes, f.hangs, f.missing, f.invalid, f.rejected];
  return problems.some((p) => p.length > 0) || f.together.crashed !== null;
}
