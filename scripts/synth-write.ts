// Streams a synthetic dataset to disk as one GeoJSON FeatureCollection, a feature per line,
// in chunks of a few megabytes, so a million events never sit in memory at once.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';
import { synthEvents, type SynthTheme } from '../src/core/synth/synth-event.ts';

export interface SynthWriteOptions {
  events: number;
  seed: number;
  output: string;
  themes: readonly SynthTheme[];
  /** Called now and then with the number of events written so far. */
  onProgress?: (written: number) => void;
}

const chunkChars = 4 << 20;

/** Writes the dataset (to a temporary file first, so no reader ever sees half a file); returns its size in bytes. */
export async function writeSynthDataset(options: SynthWriteOptions): Promise<number> {
  await mkdir(dirname(options.output), { recursive: true });
  const partial = `${options.output}.${String(process.pid)}.partial`;
  const stream = createWriteStream(partial);
  const write = async (chunk: string): Promise<void> => {
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  let chunk = '{"type":"FeatureCollection","features":[';
  let written = 0;
  for (const feature of synthEvents(options.seed, options.events, options.themes)) {
    chunk += (written === 0 ? '\n' : ',\n') + JSON.stringify(feature);
    written++;
    if (chunk.length >= chunkChars) {
      await write(chunk);
      chunk = '';
      options.onProgress?.(written);
    }
  }
  await write(`${chunk}\n]}\n`);
  stream.end();
  await finished(stream);
  await rename(partial, options.output);
  options.onProgress?.(written);
  return stream.bytesWritten;
}
