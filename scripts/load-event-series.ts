// Reads data/event-series.json into the index extraction uses. The file is data kept beside the
// curated places; an ingest without it runs as before, with no series evidence.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  createSeriesIndex,
  parseEventSeries,
  type SeriesIndex,
} from '../src/core/extract/event-series.ts';

export const SERIES_FILE = new URL('../data/event-series.json', import.meta.url);

/** The series index, or null when the file does not exist; throws naming the file and row of a bad row. */
export async function loadEventSeries(
  file: string | URL = SERIES_FILE,
): Promise<SeriesIndex | null> {
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw error;
  });
  if (text === null) return null;
  const name = typeof file === 'string' ? file : fileURLToPath(file);
  return createSeriesIndex(parseEventSeries(text, name));
}
