import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { byteRange, serveStatic, type StaticServer } from './serve-static.ts';

describe('byteRange', () => {
  test('reads the three forms of one range, inclusive, within the file', () => {
    expect(byteRange('bytes=2-5', 10)).toEqual([2, 5]);
    expect(byteRange('bytes=7-', 10)).toEqual([7, 9]);
    expect(byteRange('bytes=-3', 10)).toEqual([7, 9]);
    expect(byteRange('bytes=8-20', 10)).toEqual([8, 9]);
  });

  test('a range past the end is unsatisfiable; other forms are served whole', () => {
    expect(byteRange('bytes=10-', 10)).toBe('unsatisfiable');
    expect(byteRange('bytes=5-2', 10)).toBe('unsatisfiable');
    expect(byteRange('bytes=0-1,4-5', 10)).toBeNull();
    expect(byteRange('items=0-1', 10)).toBeNull();
  });
});

describe('serveStatic', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), 'serve-static-'));
    await writeFile(join(root, 'data.geojson'), '0123456789');
    server = await serveStatic(root);
  });
  afterAll(() => server.close());

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
});
