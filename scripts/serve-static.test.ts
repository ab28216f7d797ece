import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY, serveStatic, type StaticServer } from './serve-static.ts';

let root: string;
let server: StaticServer;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'serve-static-'));
  await writeFile(join(root, 'data.geojson'), '0123456789');
  await writeFile(join(root, 'big.geojson'), Buffer.alloc(8 * 1024 * 1024, 0x20));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>');
  server = await serveStatic(root);
});
afterAll(() => server.close());

/** A raw request, so the test controls the path and headers byte for byte. */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { port, hostname } = new URL(server.url);
  return new Promise((done, failed) => {
    const req = request({ host: hostname, port, path, ...options }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        done({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
    req.on('error', failed);
    req.end();
  });
}

/** Asks for a range of the big file, reads its first bytes, and goes away. */
function abortedRange(): Promise<void> {
  const { port, hostname } = new URL(server.url);
  return new Promise((done) => {
    const req = request(
      { host: hostname, port, path: '/big.geojson', headers: { range: 'bytes=100-' } },
      (res) => {
        res.once('data', () => {
          req.destroy();
          done();
        });
      },
    );
    req.on('error', () => {
      done();
    });
    req.end();
  });
}

const openDescriptors = (): number => readdirSync('/proc/self/fd').length;

describe('serveStatic', () => {
  test('says it answers byte ranges, and answers one with its part', async () => {
    const whole = await fetch(`${server.url}data.geojson`);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(await whole.text()).toBe('0123456789');

    const part = await fetch(`${server.url}data.geojson`, { headers: { range: 'bytes=3-' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 3-9/10');
    expect(await part.text()).toBe('3456789');
  });

  test('sends the whole file when If-Range names another version of it', async () => {
    const url = `${server.url}data.geojson`;
    const modified = (await fetch(url)).headers.get('last-modified') ?? '';
    expect(modified).not.toBe('');
    const current = await fetch(url, { headers: { range: 'bytes=3-', 'if-range': modified } });
    expect(current.status).toBe(206);

    const older = 'Thu, 01 Jan 2015 00:00:00 GMT';
    const changed = await fetch(url, { headers: { range: 'bytes=3-', 'if-range': older } });

    expect(changed.status).toBe(200);
    expect(await changed.text()).toBe('0123456789');
  });

  test('answers 416 to a range past the end', async () => {
    const response = await fetch(`${server.url}data.geojson`, { headers: { range: 'bytes=10-' } });
    expect(response.status).toBe(416);
  });

  test('answers 400 to malformed escapes and goes on serving', async () => {
    for (const path of ['/%ff', '/%', '/%E0%A4%A']) expect((await raw(path)).status).toBe(400);
    expect((await raw('/data.geojson')).body).toBe('0123456789');
  });

  test('answers 403 to a path out of its folder', async () => {
    expect((await raw('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(403);
  });

  test('closes the file of every range request the client abandons', async () => {
    await abortedRange();
    const before = openDescriptors();
    for (let i = 0; i < 100; i += 1) await abortedRange();
    await new Promise((wait) => setTimeout(wait, 200));
    expect(openDescriptors()).toBeLessThanOrEqual(before + 2);
  });

  test('sends its security headers with every answer, errors included', async () => {
    for (const path of ['/', '/missing', '/%ff']) {
      const { headers } = await raw(path);
      expect(headers['content-security-policy']).toBe(
        `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
      );
      expect(headers['x-content-type-options']).toBe('nosniff');
    }
  });

  test('answers 405 to methods other than GET and HEAD', async () => {
    for (const method of ['POST', 'DELETE', 'TRACE', 'PUT']) {
      const response = await raw('/data.geojson', { method });
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
    }
    expect((await raw('/data.geojson', { method: 'HEAD' })).status).toBe(200);
  });

  test('refuses a Host that is not a loopback name (DNS rebinding)', async () => {
    expect((await raw('/', { headers: { host: 'attacker.example' } })).status).toBe(421);
    for (const host of ['localhost:4173', '127.0.0.1', '[::1]:80']) {
      expect((await raw('/', { headers: { host } })).status).toBe(200);
    }
  });

  test('accepts any Host when told which interface to listen on', async () => {
    const open = await serveStatic(root, { host: '127.0.0.1' });
    const response = await fetch(open.url, { headers: { host: 'events.example' } });
    await open.close();
    expect(response.status).toBe(200);
  });

  test('the header policy is the one index.html carries for other servers', () => {
    const html = readFileSync('index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });
});
