import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEventSeries } from './load-event-series.ts';
import { createSeries } from '../src/core/extract/series-fixture.ts';

const ROW = createSeries();

async function file(content: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'series-')), 'event-series.json');
  await writeFile(path, content);
  return path;
}

describe('loadEventSeries', () => {
  it('indexes the rows of the file', async () => {
    const index = await loadEventSeries(await file(JSON.stringify({ series: [ROW] })));
    expect(index?.find('At ZYX 2025.').map((m) => m.series.id)).toEqual(['zyx']);
  });

  it('gives no index when the file does not exist', async () => {
    expect(await loadEventSeries(join(tmpdir(), 'no-such-dir-x2', 'event-series.json'))).toBeNull();
  });

  it('names the file and the row of a malformed row', async () => {
    const path = await file(JSON.stringify({ series: [{ ...ROW, lat: 'north' }] }));
    await expect(loadEventSeries(path)).rejects.toThrow(`${path}: row 1 ("zyx")`);
  });
});
