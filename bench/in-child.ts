// Starts bench/child.ts for one bench function and collects its results, with a time limit.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from './bench-result.ts';

export interface ChildBench {
  module: string;
  exportName: string;
  args: unknown[];
  nodeFlags?: string[];
  timeoutMs: number;
}

export async function runInChild(bench: ChildBench): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-child-'));
  const out = join(dir, 'results.json');
  try {
    await new Promise<void>((done, fail) => {
      const child = spawn(
        process.execPath,
        [
          '--experimental-strip-types',
          ...(bench.nodeFlags ?? []),
          'bench/child.ts',
          bench.module,
          bench.exportName,
          JSON.stringify(bench.args),
          out,
        ],
        { stdio: ['ignore', 'inherit', 'inherit'] },
      );
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        fail(new Error(`timed out after ${String(Math.round(bench.timeoutMs / 1000))} s`));
      }, bench.timeoutMs);
      child.on('error', fail);
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (code === 0) done();
        else fail(new Error(`${bench.module} exited with ${String(code ?? signal)}`));
      });
    });
    return revive(JSON.parse(await readFile(out, 'utf8')) as BenchResult[]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** JSON has no NaN: a figure that was not measured comes back as null. */
function revive(results: BenchResult[]): BenchResult[] {
  return results.map((r) => ({ ...r, value: typeof r.value === 'number' ? r.value : NaN }));
}
