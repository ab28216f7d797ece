// `npm run loadtest [-- --seconds 20 --connections 200]`: starts `npm start`'s server on
// 127.0.0.1 (scripts/start.ts, which builds first) and loads it as a crowd of careless and hostile
// clients would: pages, whole files, byte ranges abandoned after their first bytes, malformed
// paths, other methods. Prints requests, errors, p99 and the server's open file descriptors before
// and after; exits 1 on any error or leaked descriptor.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    connections: { type: 'string', default: '200' },
    aborted: { type: 'string', default: '10000' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const abortedTotal = Number(values.aborted);

interface Outcome {
  ok: boolean;
  ms: number;
  kind: string;
  /** What went wrong: the status or the socket error. */
  why?: string;
}

const port = await freePort();
const server = spawn(process.execPath, ['--experimental-strip-types', 'scripts/start.ts'], {
  env: { ...process.env, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const serverPid = server.pid ?? 0;
const base = await new Promise<string>((done, failed) => {
  let out = '';
  server.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const url = /running at (http:\S+)/.exec(out)?.[1];
    if (url !== undefined) done(url);
  });
  server.on('exit', (code) => {
    failed(new Error(`npm start exited (${String(code)}) before serving`));
  });
});
const largest = largestFile('dist');
const agent = new Agent({ keepAlive: true, maxSockets: connections });

const kinds: [string, () => Promise<Outcome>][] = [
  ['page', () => get('page', '/', 200)],
  ['file', () => get('file', `/${largest.path}`, 200)],
  ['range', () => get('range', `/${largest.path}`, 206, { range: 'bytes=1000-2000' })],
  ['aborted range', () => abortedRange(largest)],
  ['malformed path', () => get('malformed path', '/%ff', 400)],
  ['missing', () => get('missing', '/no/such/file', 404)],
  ['POST', () => get('POST', '/', 405, {}, 'POST')],
];

await get('warm-up', '/', 200);
const before = descriptors();
const outcomes: Outcome[] = [];
const stopAt = performance.now() + seconds * 1000;
let turn = 0;
await Promise.all(
  Array.from({ length: connections }, async () => {
    while (performance.now() < stopAt) {
      const kind = kinds[turn++ % kinds.length];
      if (kind !== undefined) outcomes.push(await kind[1]());
    }
  }),
);
// Then only abandoned ranges, as many as asked: each must give its file descriptor back.
let abortedLeft = abortedTotal;
await Promise.all(
  Array.from({ length: connections }, async () => {
    while (abortedLeft-- > 0) outcomes.push(await abortedRange(largest));
  }),
);
agent.destroy();
await new Promise((wait) => setTimeout(wait, 1000));
const after = descriptors();
const alive = (await get('after', '/', 200)).ok;
server.kill('SIGTERM');

const errors = outcomes.filter((o) => !o.ok);
const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
const p = (q: number): string => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(1);
const count = (kind: string): number => outcomes.filter((o) => o.kind === kind).length;
console.log(
  [
    `Load test of npm start (${base}): ${String(connections)} connections for ${String(seconds)} s, then ${String(abortedTotal)} abandoned ranges`,
    `requests              ${String(outcomes.length)} (${kinds.map(([k]) => `${k} ${String(count(k))}`).join(', ')})`,
    `errors                ${String(errors.length)}${errors
      .slice(0, 5)
      .map((e) => `\n    ${e.kind}: ${e.why ?? ''}`)
      .join('')}`,
    `latency               p50 ${p(0.5)} ms, p99 ${p(0.99)} ms`,
    `open descriptors      ${String(before)} before, ${String(after)} after`,
    `still serving         ${alive ? 'yes' : 'NO'}`,
    `range target          ${largest.path} (${String(largest.size)} bytes)`,
  ].join('\n'),
);
process.exitCode = errors.length > 0 || after > before + 2 || !alive ? 1 : 0;

function get(
  kind: string,
  path: string,
  status: number,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<Outcome> {
  const started = performance.now();
  const end = (why?: string): Outcome => ({
    ok: why === undefined,
    ms: performance.now() - started,
    kind,
    ...(why === undefined ? {} : { why }),
  });
  return new Promise((done) => {
    const req = request(`${base}${path.slice(1)}`, { agent, headers, method }, (res) => {
      res.resume();
      res.on('end', () => {
        done(end(res.statusCode === status ? undefined : `status ${String(res.statusCode)}`));
      });
      res.on('error', (error) => {
        done(end(error.message));
      });
    });
    req.on('error', (error) => {
      done(end(error.message));
    });
    req.end();
  });
}

/** A range to the end of the largest file, dropped after its first bytes: a closed dashboard tab. */
function abortedRange(file: { path: string; size: number }): Promise<Outcome> {
  const started = performance.now();
  const from = Math.floor(Math.random() * (file.size / 2));
  return new Promise((done) => {
    const req = request(`${base}${file.path}`, { headers: { range: `bytes=${String(from)}-` } });
    req.on('response', (res) => {
      const ok = res.statusCode === 206;
      res.once('data', () => {
        req.destroy();
        done({ ok, ms: performance.now() - started, kind: 'aborted range' });
      });
    });
    req.on('error', () => undefined);
    req.end();
  });
}

function descriptors(): number {
  return readdirSync(`/proc/${String(serverPid)}/fd`).length;
}

function largestFile(root: string): { path: string; size: number } {
  let best = { path: 'index.html', size: 0 };
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (statSync(full).size > best.size) {
        best = { path: relative(root, full), size: statSync(full).size };
      }
    }
  };
  walk(root);
  return best;
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const found = typeof address === 'object' && address !== null ? address.port : 4173;
      probe.close(() => {
        done(found);
      });
    });
  });
}
