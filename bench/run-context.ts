// What a reader needs to reproduce the figures: machine, runtime, date, commit and load.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export type RunContext = Record<string, string | number | boolean>;

export function runContext(): RunContext {
  return {
    run_date: new Date().toISOString(),
    run_node: process.version,
    run_cpus: cpus().length,
    run_cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    run_memoryGB: Math.round(totalmem() / 2 ** 30),
    run_commit: gitCommit(),
    run_loadAvgAtStart: loadavg()[0]?.toFixed(2) ?? 'unknown',
  };
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
