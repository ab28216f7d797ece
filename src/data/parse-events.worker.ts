// Fetches, reads and encodes the dataset off the page's thread (load-dataset.ts), so the page only
// appends chunks of encoded events.
import { loadDataset } from './load-dataset.ts';
import type { ParseEventsRequest } from './parse-events-protocol.ts';

self.addEventListener('message', (event: MessageEvent<ParseEventsRequest>) => {
  void loadDataset(event.data, (reply, transfer) => {
    self.postMessage(reply, { transfer });
  });
});
