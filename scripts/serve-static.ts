// The static server of the built app: used by `npm start`, the browser tests and the bench, which
// start and stop it on a free port. Files, byte ranges (with If-Range), conditional requests,
// malformed paths (400) and streams closed when the client goes away are `send`'s work; this file
// adds what a server on a developer's machine also needs: security headers on every answer, GET
// and HEAD only, and a Host check so a web page cannot reach it through DNS rebinding.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import send from 'send';

/**
 * The page's policy (index.html carries the same as a meta tag for other servers), sent as a
 * header so it also binds the workers, plus what a meta tag cannot say: no framing.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; child-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; connect-src 'self' data: blob: https:; object-src 'none'; base-uri 'self'; form-action 'none'";

const SECURITY_HEADERS = {
  'content-security-policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  port?: number;
  /** Interface to listen on; any Host header is then accepted. Default: 127.0.0.1, loopback names only. */
  host?: string;
  /** Extra folders at a path prefix: `{ '/fixtures/': 'e2e/fixtures' }`. */
  mounts?: Record<string, string>;
}

/** Serves `root` at `/`, and each extra mount at its prefix. */
export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const mounts = Object.entries(options.mounts ?? {}).map(
    ([prefix, dir]) => [prefix, resolve(dir)] as const,
  );
  const rootDir = resolve(root);
  const anyHost = options.host !== undefined;
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      fail(res, 405, 'Only GET and HEAD are served', { allow: 'GET, HEAD' });
      return;
    }
    if (!anyHost && !LOOPBACK_HOSTS.has(hostName(req))) {
      fail(res, 421, 'Unknown host: open the address `npm start` printed');
      return;
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const mount = mounts.find(([prefix]) => path.startsWith(prefix));
    const [dir, rest] = mount ? [mount[1], path.slice(mount[0].length - 1)] : [rootDir, path];
    send(req, rest, { root: dir, index: ['index.html'], dotfiles: 'ignore' })
      .on('error', (err: { status?: number }) => {
        const status = err.status ?? 500;
        fail(res, status, status === 400 ? 'Malformed path' : status === 404 ? 'Not found' : '');
      })
      .pipe(res);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((done, failed) => {
    server.once('error', failed);
    server.listen(options.port ?? 0, host, done);
  });
  const { port } = server.address() as AddressInfo;
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return { url: `http://${shown}:${port}/`, close: () => closeServer(server) };
}

/** The Host header's name without its port (`[::1]` keeps its brackets). */
function hostName(req: IncomingMessage): string {
  const host = (req.headers.host ?? '').toLowerCase();
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
}

function fail(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const text = message === '' ? String(status) : message;
  res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end(text);
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done, failed) => {
    server.close((err) => {
      if (err) failed(err);
      else done();
    });
  });
}
