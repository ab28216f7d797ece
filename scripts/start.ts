// `npm start`: make sure the dataset is current, build the dashboard, and serve it locally.
import { spawnSync } from 'node:child_process';
import { serveStatic } from './serve-static.ts';

function run(args: string[]): void {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(['--experimental-strip-types', 'scripts/ensure-data.ts']);
run(['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);

const port = Number(process.env.PORT ?? 4173);
// HOST (say 0.0.0.0) serves other machines too, and then any Host header; unset, loopback only.
const host =
  process.env.HOST === undefined || process.env.HOST === '' ? {} : { host: process.env.HOST };
const server = await serveStatic('dist', {
  port: Number.isInteger(port) ? port : 4173,
  ...host,
}).catch((err: unknown) => {
  if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
  console.error(`Port ${port} is busy: using a free one instead (set PORT to choose).`);
  return serveStatic('dist', host);
});
console.log(`\nEvent Atlas is running at ${server.url}\nPress Ctrl+C to stop.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
