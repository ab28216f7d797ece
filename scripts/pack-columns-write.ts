// Writes a GeoJSON events dataset as an Event Atlas columns file (src/core/columns-file.ts): read
// as the dashboard's parsing worker reads it (same checks, same skipped features, same chunks),
// then each chunk written as a record instead of posted.
import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import {
  columnsChunkRecord,
  columnsMagic,
  columnsSummaryRecord,
  type ColumnsSummary,
} from '../src/core/columns-file.ts';
import { ChunkSender, encodeBatchSize, workerBatchSize } from '../src/data/chunk-sender.ts';
import { createEventsStreamReader } from '../src/data/events-stream-reader.ts';

export interface PackResult extends ColumnsSummary {
  bytes: number;
}

/** The output could not be written (as opposed to the input read). */
export class PackOutputError extends Error {
  override name = 'PackOutputError';
}

/** Packs `input` into `output`; the output appears only once complete (written beside it first). */
export async function packColumns(input: string, output: string): Promise<PackResult> {
  const source = await open(input);
  const partial = `${output}.partial`;
  const out = createWriteStream(partial);
  // Set by the stream's error event, which can come at any moment.
  const written: { error: Error | null } = { error: null };
  out.on('error', (err) => {
    written.error = new PackOutputError(`cannot write ${output}: ${err.message}`, { cause: err });
  });
  const check = () => {
    if (written.error !== null) throw written.error;
  };
  let bytes = 0;
  const pending: Uint8Array[] = [];
  const write = (record: Uint8Array) => {
    pending.push(record);
    bytes += record.length;
  };
  const drain = async () => {
    for (const record of pending.splice(0)) {
      check();
      if (!out.write(record)) await once(out, 'drain');
    }
    check();
  };
  try {
    write(columnsMagic);
    const sender = new ChunkSender((chunk) => {
      write(columnsChunkRecord(chunk));
    }, workerBatchSize);
    const reader = createEventsStreamReader(encodeBatchSize, sender.encode);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for await (const buf of source.createReadStream({ highWaterMark: 1 << 20 })) {
      reader.push(decoder.decode(buf as Buffer, { stream: true }));
      await drain();
    }
    reader.push(decoder.decode());
    const summary = reader.end();
    sender.flush();
    write(columnsSummaryRecord(summary));
    await drain();
    out.end();
    await once(out, 'finish');
    check();
    await rename(partial, output);
    return { ...summary, bytes };
  } catch (err) {
    out.destroy();
    await rm(partial, { force: true });
    // `once` rejects with the stream's own error; the recorded one names the output.
    throw written.error ?? err;
  } finally {
    await source.close();
  }
}
