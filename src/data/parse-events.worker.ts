// Fetches, parses and validates the dataset off the page's thread (serve-parse-request.ts), so
// the page only appends chunks of encoded events.
import './zod-config.ts';
import type { ParseEventsReply, ParseEventsRequest } from './parse-events-protocol.ts';
import { serveParseRequest } from './serve-parse-request.ts';

self.addEventListener('message', (event: MessageEvent<ParseEventsRequest>) => {
  void serveParseRequest(event.data, (reply: ParseEventsReply, transfer) => {
    self.postMessage(reply, { transfer });
  });
});
