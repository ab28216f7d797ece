// Builds the app for the benchmarks into bench/out/dist, with Vite's manifest (which chunks the
// entry imports), leaving the project's own dist/ alone.
import { spawn } from 'node:child_process';

export const benchDist = 'bench/out/dist';

export async function buildApp(log: (line: string) => void): Promise<void> {
  await run(process.execPath, ['--experimental-strip-types', 'scripts/ensure-data.ts'], log);
  await run(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--outDir',
      benchDist,
      '--emptyOutDir',
      '--manifest',
      '--logLevel',
      'warn',
    ],
    log,
  );
}

function run(command: string, args: string[], log: (line: string) => void): Promise<void> {
  log(`$ ${[command === process.execPath ? 'node' : command, ...args].join(' ')}`);
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code === 0) done();
      else fail(new Error(`${args.join(' ')} exited with ${String(code)}`));
    });
  });
}
