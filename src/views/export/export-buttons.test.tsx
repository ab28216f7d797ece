import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEventFeature } from '../../core/event-fixture.ts';
import { buildEventStore, type EventStore } from '../../core/event-store.ts';
import { emptyFilters, type Filters } from '../../core/filters.ts';
import type { TableSort } from '../table/table-sort.ts';
import { ExportButtons } from './export-buttons.tsx';

interface Download {
  blob: Blob;
  fileName: string;
}

/** Records what the page hands to the browser's download machinery. */
function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  let pending: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    pending = blob as Blob;
    return 'blob:test/1';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (pending !== null && this.href === 'blob:test/1') {
      downloads.push({ blob: pending, fileName: this.download });
    }
  });
  return downloads;
}

function createStore(): EventStore {
  return buildEventStore([
    createEventFeature({ id: 'b', name: 'Metaverse Forum', start: '2022-09-02', year: 2022 }),
    createEventFeature({ id: 'a', name: '世界人工智能大会', start: '2023-07-06', year: 2023 }),
    createEventFeature({
      id: 'c',
      name: '=HYPERLINK("http://x","y")',
      start: '2022-04-30',
      year: 2022,
    }),
  ]);
}

function renderButtons(rows: Uint32Array, sort: TableSort, filters: Filters = emptyFilters) {
  render(
    <ExportButtons
      store={createStore()}
      rows={rows}
      sort={sort}
      filters={filters}
      now={() => new Date(2026, 10, 21)}
    />,
  );
}

/** The one download a click started (the export runs after the busy state has painted). */
async function only(downloads: Download[]): Promise<Download> {
  await waitFor(() => {
    expect(downloads).toHaveLength(1);
  });
  const [download] = downloads;
  if (download === undefined) throw new Error('no download');
  return download;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ExportButtons', () => {
  it('downloads the filtered rows as CSV, in the table order', async () => {
    const downloads = captureDownloads();
    renderButtons(Uint32Array.of(0, 2), { key: 'date', dir: 'asc' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export CSV' }));
    const records = Papa.parse<Record<string, string>>(await (await only(downloads)).blob.text(), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(records.map((r) => r.id)).toEqual(['c', 'b']);
    expect(records[0]?.name).toBe('\'=HYPERLINK("http://x","y")');
  });

  it('writes the CSV as UTF-8 with a byte-order mark', async () => {
    const downloads = captureDownloads();
    renderButtons(Uint32Array.of(1), { key: 'date', dir: 'asc' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export CSV' }));
    const { blob } = await only(downloads);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(new TextDecoder().decode(bytes)).toContain('世界人工智能大会');
  });

  it('names the file after the date and the filters', async () => {
    const downloads = captureDownloads();
    renderButtons(
      Uint32Array.of(0, 2),
      { key: 'date', dir: 'asc' },
      {
        ...emptyFilters,
        years: { from: 2022, to: 2022 },
        themes: ['metaverse'],
      },
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export CSV' }));
    expect((await only(downloads)).fileName).toBe(
      'event-atlas_2026-11-21_years-2022_themes-metaverse.csv',
    );
  });

  it('downloads the same rows as GeoJSON', async () => {
    const downloads = captureDownloads();
    renderButtons(Uint32Array.of(0, 2), { key: 'name', dir: 'desc' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Export GeoJSON' }));
    const download = await only(downloads);
    expect(download.fileName).toBe('event-atlas_2026-11-21_all.geojson');
    expect(download.blob.type).toBe('application/geo+json');
    const collection = JSON.parse(await download.blob.text()) as {
      type: string;
      features: { properties: { id: string } }[];
    };
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f) => f.properties.id)).toEqual(['b', 'c']);
  });

  it('shows that it is busy, then releases the object URL after the download', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    try {
      const downloads = captureDownloads();
      renderButtons(Uint32Array.of(0), { key: 'date', dir: 'asc' });
      act(() => {
        screen.getByRole('button', { name: 'Export CSV' }).click();
      });
      expect(screen.getByRole('button', { name: 'Preparing CSV\u2026' })).toBeTruthy();
      await act(async () => {
        await vi.advanceTimersByTimeAsync(50);
      });
      expect(downloads).toHaveLength(1);
      expect(screen.getByRole('button', { name: 'Export CSV' })).toBeTruthy();
      expect(revoke).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1000);
      expect(revoke).toHaveBeenCalledWith('blob:test/1');
    } finally {
      vi.useRealTimers();
    }
  });

  it('says how many events the buttons export', () => {
    renderButtons(Uint32Array.of(0, 1), { key: 'date', dir: 'asc' });
    const button = screen.getByRole('button', { name: 'Export CSV' });
    const description = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('Exports 2 events');
  });
});
