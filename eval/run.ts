// npm run eval: scores the ingest and prints one table (docs/accuracy.md explains each figure).
import { loadGazetteer } from '../scripts/load-gazetteer.ts';
import { evaluateCorpora } from './corpus-eval.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const gazetteer = await loadGazetteer();
for (const r of evaluateCorpora(gazetteer)) {
  if (r.missing !== undefined) {
    console.log(`${r.corpus}: ${r.missing}`);
    continue;
  }
  const g = r.geocoder;
  if (g === undefined || r.baseline === undefined || r.ceiling === undefined) continue;
  console.log(
    `${r.corpus}: ${g.toponyms} toponyms, Acc@161 ${pct(g.acc161)}, @5km ${pct(g.acc5)}, mean ${g.meanKm.toFixed(0)} km, unplaced ${g.unplaced}; baseline ${pct(r.baseline.acc161)}; ceiling ${pct(r.ceiling.acc161)}`,
  );
}
