// npm run eval: scores the ingest and prints one table (docs/accuracy.md explains each figure).
//   --misses   also list every event missed or got wrong
import { loadEventSeries } from '../scripts/load-event-series.ts';
import { loadGazetteer } from '../scripts/load-gazetteer.ts';
import { evaluateCorpora } from './corpus-eval.ts';
import { fixtureInputs, scoreFixtures, type EventScore } from './fixture-eval.ts';
import { ARTICLES_DIR, readFixtures, type Fixture } from './truth.ts';

const SEEDS_DIR = new URL('../seeds/', import.meta.url);
const SEEDS_TRUTH = new URL('./seeds-truth/', import.meta.url);

const pct = (k: number, n: number) => (n === 0 ? '–' : `${((100 * k) / n).toFixed(1)}%`);

function eventRow(name: string, s: EventScore): string {
  return `| ${name} | ${s.articles} | ${s.found}/${s.events} (${pct(s.found, s.events)}) | ${pct(s.placed, s.events)} | ${pct(s.start, s.startOf)} | ${pct(s.end, s.endOf)} | ${pct(s.status, s.events)} | ${s.extra} |`;
}

const showMisses = process.argv.includes('--misses');
const started = performance.now();
const [gazetteer, series] = await Promise.all([loadGazetteer(), loadEventSeries()]);

const fixtures = readFixtures();
const groups: [string, Fixture[]][] = [
  ['fixtures, all', fixtures],
  ['fixtures, China and Asia (as-)', fixtures.filter((f) => f.slug.startsWith('as-'))],
  ['fixtures, rest of the world (wo-)', fixtures.filter((f) => f.slug.startsWith('wo-'))],
];
const seeds = readFixtures(SEEDS_DIR, SEEDS_TRUTH);

console.log('\n## Events: the whole ingest on labelled articles\n');
console.log(
  '| set | articles | events found | place ≤ 25 km | start exact | end exact | status | extra events |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const misses: string[] = [];
for (const [name, group] of groups) {
  const score = scoreFixtures(fixtureInputs(ARTICLES_DIR, group, true), group, gazetteer, series);
  console.log(eventRow(name, score));
  if (name === 'fixtures, all') misses.push(...score.misses);
}
const seedScore = scoreFixtures(fixtureInputs(SEEDS_DIR, seeds, false), seeds, gazetteer, series);
console.log(eventRow('seeds', seedScore));
misses.push(...seedScore.misses);

console.log(
  '\n## Toponyms: place names given, resolution scored (Acc@161 km, the literature’s metric)\n',
);
console.log(
  '| corpus | toponyms | Event Atlas ≤ 161 km | ≤ 5 km | mean error | population baseline | gazetteer ceiling |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of evaluateCorpora(gazetteer)) {
  const g = r.geocoder;
  if (
    r.missing !== undefined ||
    g === undefined ||
    r.baseline === undefined ||
    r.ceiling === undefined
  ) {
    console.log(`| ${r.corpus} | skipped: ${r.missing ?? 'no result'} | | | | | |`);
    continue;
  }
  console.log(
    `| ${r.corpus} | ${g.toponyms} | ${pct(g.acc161 * g.toponyms, g.toponyms)} | ${pct(g.acc5 * g.toponyms, g.toponyms)} | ${g.meanKm.toFixed(0)} km | ${pct(r.baseline.acc161 * g.toponyms, g.toponyms)} | ${pct(r.ceiling.acc161 * g.toponyms, g.toponyms)} |`,
  );
}
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
if (showMisses) console.log(`\n## Misses\n\n${misses.map((m) => `- ${m}`).join('\n')}`);
