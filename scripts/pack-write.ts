// Reads a dataset file (any format the dashboard opens) with the dashboard's own loader and writes
// it as an Apache Arrow IPC stream, the fast format (`npm run pack`).
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createDatasetLoader, type LoadSummary } from '../src/core/dataset-loader.ts';
import { EventStoreBuilder } from '../src/core/event-store.ts';
import { eventsToArrow } from '../src/core/events-to-arrow.ts';

export async function packDataset(
  input: string,
  output: string,
): Promise<{ bytes: number; events: number; summary: LoadSummary }> {
  const builder = new EventStoreBuilder();
  const loader = createDatasetLoader(
    (events) => {
      builder.add(events);
    },
    { batchSize: 1000 },
  );
  for await (const chunk of createReadStream(input)) loader.push(chunk as Uint8Array);
  const summary = await loader.end();
  const store = builder.finish();
  const rows = Uint32Array.from({ length: store.size }, (_, i) => i);
  const bytes = eventsToArrow(store.event, rows, store.extraKeys);
  await writeFile(output, bytes);
  return { bytes: bytes.length, events: store.size, summary };
}
