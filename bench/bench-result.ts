/** One row of `npm run bench`'s table and of bench/results.json. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** Human-readable target, e.g. "≥ 100", "≤ 30". */
  target: string;
  meets: boolean;
  /** Context that makes the figure reproducible: N, seed, ratio to a baseline... */
  context?: Record<string, string | number | boolean>;
}
