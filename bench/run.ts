// `npm run bench`: every performance figure of the project in one table, Node-only figures first,
// then the browser ones against a fresh build; writes bench/results.json. A figure that cannot be
// taken is printed as "not measured" and does not meet its target.
//   --quick          100k events instead of 1M for the Node cross-filter, no 1M browser load
//   --only a,b       run only these figures: cross-filter, ingest, bundle, filter, load, heap,
//                    interact
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { BenchResult } from './bench-result.ts';
import { ensureArrowDataset, ensureDataset, eventsLabel } from './bench-data.ts';
import { filterTargetMs } from './browser-filter.ts';
import {
  floorEvents,
  floorResults,
  heapResult,
  loadResults,
  measureLoad,
  type DatasetFormat,
  type LoadMeasurement,
} from './browser-load.ts';
import { measurePeer, peerNames, peerResult, writePeerPages } from './browser-peers.ts';
import { startBrowserSession, type BrowserSession } from './browser-session.ts';
import { benchDist, buildApp } from './build-app.ts';
import { bundleResults, bundleTargets, measureBundle, type ChunkSize } from './bundle-size.ts';
import { runInChild } from './in-child.ts';
import { formatTable } from './report-table.ts';
import { runContext } from './run-context.ts';

const { values: args } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } },
});
const only = args.only?.split(',');
const wants = (id: string): boolean => only === undefined || only.includes(id);
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};
const results: BenchResult[] = [];
const crossFilterEvents = args.quick ? 100_000 : 1_000_000;
const browserEvents = 100_000;
const largeEvents = 1_000_000;

type Placeholder = Omit<BenchResult, 'value' | 'meets'>;

/** Runs one figure; if it throws, its rows are reported as not measured with the reason. */
async function figure(
  title: string,
  placeholders: Placeholder[],
  run: () => Promise<BenchResult[]>,
): Promise<void> {
  log(`\n== ${title}`);
  const started = performance.now();
  try {
    results.push(...(await run()));
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    log(`  not measured: ${reason}`);
    results.push(
      ...placeholders.map((p) => ({
        ...p,
        value: NaN,
        meets: false,
        context: { ...p.context, error: reason },
      })),
    );
  }
  log(`  (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

const context = runContext();
log(
  `bench on ${String(context.run_cpus)} × ${String(context.run_cpuModel)}, load average ${String(context.run_loadAvgAtStart)}`,
);

if (wants('cross-filter')) {
  const n = eventsLabel(crossFilterEvents);
  await figure(
    `1. Cross-filter, ${n} events: ours vs crossfilter2 (Node)`,
    [
      {
        name: `Cross-filter change + aggregates, ${n} events: ours (median)`,
        unit: 'ms',
        target: '≤ 30',
      },
      {
        name: `Cross-filter ratio ours / crossfilter2, ${n} events (median)`,
        unit: '×',
        target: '≤ 1.0',
      },
    ],
    () =>
      runInChild({
        module: 'bench/cross-filter-node.ts',
        exportName: 'benchCrossFilter',
        args: [{ events: crossFilterEvents, seed: 7, rounds: 2 }],
        nodeFlags: ['--expose-gc', '--max-old-space-size=8192'],
        timeoutMs: 15 * 60_000,
      }),
  );
}

if (wants('ingest')) {
  await figure(
    '6. Ingest throughput (Node, one core)',
    [{ name: 'ingest throughput', unit: 'articles/s', target: '≥ 1000' }],
    async () => {
      if (!existsSync('bench/ingest-throughput.ts'))
        throw new Error('bench/ingest-throughput.ts does not exist yet');
      return runInChild({
        module: 'bench/ingest-throughput.ts',
        exportName: 'benchIngest',
        args: [],
        timeoutMs: 10 * 60_000,
      });
    },
  );
}

let built = false;
const ensureBuilt = async (): Promise<void> => {
  if (built) return;
  await buildApp(log);
  built = true;
};

let chunks: ChunkSize[] = [];
if (wants('bundle')) {
  await figure(
    '5. Bundle size (gzip)',
    [
      {
        name: 'Bundle: initial JS (gzip)',
        unit: 'KB',
        target: `≤ ${String(bundleTargets.initialKB)}`,
      },
      { name: 'Bundle: total JS (gzip)', unit: 'KB', target: `≤ ${String(bundleTargets.totalKB)}` },
    ],
    async () => {
      await ensureBuilt();
      chunks = await measureBundle(benchDist);
      return bundleResults(chunks);
    },
  );
}

const browserFigures = ['filter', 'load', 'heap', 'interact'].filter(wants);
if (browserFigures.length > 0) {
  let session: BrowserSession | null = null;
  const startSession = async (): Promise<BrowserSession> => {
    await ensureBuilt();
    session ??= await startBrowserSession();
    return session;
  };
  try {
    if (wants('filter')) {
      const n = eventsLabel(browserEvents);
      await figure(
        `2. Filter → all views, ${n} events (Chromium)`,
        [
          {
            name: `Filter → map, charts, table updated, ${n} events, Chromium (p95)`,
            unit: 'ms',
            target: `≤ ${String(filterTargetMs)}`,
          },
        ],
        async () => {
          await ensureDataset(browserEvents, log);
          const { benchBrowserFilter } = await import('./browser-filter.ts');
          return benchBrowserFilter(await startSession(), browserEvents, log);
        },
      );
    }
    const measured = new Map<number, LoadMeasurement | Error>();
    const sizes = args.quick ? [browserEvents] : [browserEvents, largeEvents];
    if (wants('load')) {
      await figure(
        `3. Navigation → interactive, ${eventsLabel(floorEvents)} events: the start-up floor`,
        floorResults(new Error('not run')).map(({ name, unit, target }) => ({
          name,
          unit,
          target,
        })),
        async () => {
          await ensureDataset(floorEvents, log);
          // Twice: the first load of the session also starts Chromium's GPU process and caches.
          let m: LoadMeasurement | Error = new Error('not run');
          for (let round = 0; round < 2; round++) {
            m = await measureLoad(await startSession(), floorEvents, 60_000).catch(
              (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
            );
          }
          log(
            m instanceof Error
              ? `  failed: ${m.message}`
              : `  ready after ${m.readyMs.toFixed(0)} ms, longest task ${m.longestTaskMs.toFixed(0)} ms`,
          );
          return floorResults(m);
        },
      );
    }
    const loadFigure = (events: number, format: DatasetFormat) => {
      const packed = format === 'arrow' ? ' packed as Arrow' : '';
      return figure(
        `3. Navigation → interactive, ${eventsLabel(events)} events${packed} (Chromium)`,
        loadResults(events, new Error('not run'), format).map(({ name, unit, target }) => ({
          name,
          unit,
          target,
        })),
        async () => {
          await (format === 'arrow' ? ensureArrowDataset : ensureDataset)(events, log);
          const m = await measureLoad(
            await startSession(),
            events,
            events > browserEvents ? 180_000 : 60_000,
            format,
          ).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));
          // The heap figure is the GeoJSON load's: the dataset as users most often bring it.
          if (format === 'geojson') measured.set(events, m);
          log(
            m instanceof Error
              ? `  failed: ${m.message}`
              : `  ready after ${m.readyMs.toFixed(0)} ms, longest task ${m.longestTaskMs.toFixed(0)} ms, heap ${m.heapMB.toFixed(0)} MB`,
          );
          return wants('load') ? loadResults(events, m, format) : [];
        },
      );
    };
    if (wants('load') || wants('heap')) {
      for (const events of sizes) await loadFigure(events, 'geojson');
    }
    if (wants('load')) {
      const peers: [number, 'cluster' | 'parse', number][] = [[browserEvents, 'cluster', 1]];
      if (sizes.includes(largeEvents)) peers.push([largeEvents, 'parse', 2]);
      for (const [events, page, limit] of peers) {
        const name = peerNames[page](events);
        await figure(
          `3. ${name}`,
          [{ name, unit: '×', target: `≤ ${String(limit)}` }],
          async () => {
            const app = measured.get(events);
            if (app === undefined || app instanceof Error) throw new Error('the app load failed');
            await writePeerPages();
            const peer = await measurePeer(await startSession(), page, events, 180_000).catch(
              (err: unknown) => (err instanceof Error ? err : new Error(String(err))),
            );
            const result = peerResult(name, app.readyMs, peer, limit);
            log(`  ${JSON.stringify(result.context)}`);
            return [result];
          },
        );
      }
    }
    if (wants('load')) {
      for (const events of sizes) await loadFigure(events, 'arrow');
    }
    if (wants('heap')) {
      const large = sizes.at(-1) ?? browserEvents;
      const small = measured.get(browserEvents);
      const m = measured.get(large) ?? new Error('the load was not measured');
      results.push(
        heapResult(
          large,
          m,
          small && !(small instanceof Error) ? { heapMBat100k: Math.round(small.heapMB) } : {},
        ),
      );
      if (large !== largeEvents) log(`  (heap measured at ${eventsLabel(large)}: --quick)`);
    }
    if (wants('interact') && !args.quick) {
      const n = eventsLabel(largeEvents);
      await figure(
        `7. First interactions, ${n} events (Chromium)`,
        [
          {
            name: `Longest main-thread block of a first interaction, ${n} events`,
            unit: 'ms',
            target: 'reference',
          },
        ],
        async () => {
          await ensureDataset(largeEvents, log);
          const { measureInteractions } = await import('./browser-interactions.ts');
          return measureInteractions(await startSession(), largeEvents, log);
        },
      );
    }
  } finally {
    const open = session as BrowserSession | null;
    if (open !== null) await open.close();
  }
}

context.run_loadAvgAtEnd = loadavg()[0]?.toFixed(2) ?? 'unknown';
const rows = results.map((r) => ({ ...r, context: { ...r.context, ...context } }));
await writeFile('bench/results.json', `${JSON.stringify(rows, null, 2)}\n`);

console.log(`\n${formatTable(results)}`);
if (chunks.length > 0) {
  console.log('\nJavaScript chunks (gzip):');
  for (const c of chunks) {
    console.log(
      `  ${(c.gzipBytes / 1024).toFixed(1).padStart(7)} KB  ${c.initial ? 'initial' : 'lazy   '}  ${c.file}`,
    );
  }
}
const missed = results.filter((r) => !r.meets).length;
console.log(
  `\n${String(results.length - missed)} of ${String(results.length)} figures meet their targets; bench/results.json written.`,
);
console.log(
  `Load average ${String(context.run_loadAvgAtStart)} at start, ${context.run_loadAvgAtEnd} at end (${String(context.run_cpus)} cores).`,
);
