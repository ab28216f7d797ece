// A small static file server for the built app: used by `npm start` and by the browser tests,
// which need to start and stop it themselves on a free port.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves `root` at `/`, and each extra mount (`{ '/fixtures/': 'e2e/fixtures' }`) at its prefix. */
export async function serveStatic(
  root: string,
  options: { port?: number; mounts?: Record<string, string> } = {},
): Promise<StaticServer> {
  const mounts = Object.entries(options.mounts ?? {}).map(
    ([prefix, dir]) => [prefix, resolve(dir)] as const,
  );
  const rootDir = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = mounts.find(([prefix]) => path.startsWith(prefix));
    const [base, rest] = mount ? [mount[1], path.slice(mount[0].length)] : [rootDir, path];
    const file = normalize(join(base, rest));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    const target = path.endsWith('/') || rest === '' ? join(file, 'index.html') : file;
    void send(target, req.headers, res);
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => closeServer(server) };
}

// Byte ranges let several workers read parts of a large dataset at once (src/data/byte-parts.ts).
async function send(
  file: string,
  request: IncomingHttpHeaders,
  res: ServerResponse,
): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const modified = info.mtime.toUTCString();
  const headers = {
    'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'accept-ranges': 'bytes',
    'last-modified': modified,
  };
  // A part of an older version of the file is no part at all: If-Range asks for the whole file then.
  const { range, 'if-range': ifRange } = request;
  const current = ifRange === undefined || ifRange === modified;
  const part = range === undefined || !current ? null : byteRange(range, info.size);
  if (part === 'unsatisfiable') {
    res.writeHead(416, { 'content-range': `bytes */${String(info.size)}` }).end();
    return;
  }
  if (part === null) {
    res.writeHead(200, { ...headers, 'content-length': info.size });
    createReadStream(file).pipe(res);
    return;
  }
  const [start, end] = part;
  res.writeHead(206, {
    ...headers,
    'content-length': end - start + 1,
    'content-range': `bytes ${String(start)}-${String(end)}/${String(info.size)}`,
  });
  createReadStream(file, { start, end }).pipe(res);
}

/** One range `bytes=a-b`, `bytes=a-` or `bytes=-n`, inclusive; null for any other (served whole). */
export function byteRange(header: string, size: number): [number, number] | 'unsatisfiable' | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (match === null || (match[1] === '' && match[2] === '')) return null;
  const [, a = '', b = ''] = match;
  const [start, end] =
    a === ''
      ? [Math.max(0, size - Number(b)), size - 1]
      : [Number(a), b === '' ? size - 1 : Number(b)];
  if (start >= size || start > end) return 'unsatisfiable';
  return [start, Math.min(end, size - 1)];
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done, fail) => {
    server.close((err) => {
      if (err) fail(err);
      else done();
    });
  });
}
