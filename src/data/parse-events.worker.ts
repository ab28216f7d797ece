// Fetches, parses and validates the dataset off the page's thread (serve-parse-request.ts), so
// the page only appends chunks of encoded events. The same script serves as a helper that reads
// a part of a large dataset (serve-part-request.ts) for another of its kind.
import './zod-config.ts';
import type {
  HelpersStarted,
  HelpRequest,
  ParseEventsReply,
  ParseEventsRequest,
  PartReply,
  PartRequest,
} from './parse-events-protocol.ts';
import type { PartHelper } from './read-in-parts.ts';
import { serveParseRequest } from './serve-parse-request.ts';
import { servePartRequest } from './serve-part-request.ts';

let helpersStarted: (ports: MessagePort[]) => void = () => undefined;

type Message = ParseEventsRequest | HelpRequest | HelpersStarted;

self.addEventListener('message', (event: MessageEvent<Message>) => {
  const message = event.data;
  if ('help' in message) help(message.help);
  else if ('ports' in message) helpersStarted(message.ports);
  else read(message);
});

function read(request: ParseEventsRequest): void {
  const post = (reply: ParseEventsReply, transfer: Transferable[]): void => {
    self.postMessage(reply, { transfer });
  };
  const startHelpers = (count: number): Promise<PartHelper[]> =>
    new Promise((resolve) => {
      helpersStarted = (ports) => {
        resolve(ports.map(portHelper));
      };
      post({ type: 'helpers-wanted', count }, []);
    });
  void serveParseRequest(request, post, { startHelpers, helperLimit: request.helpers ?? 0 });
}

/** Serves part requests on `port`; `{ stop: true }` stops the one under way. */
function help(port: MessagePort): void {
  let stop = new AbortController();
  port.addEventListener('message', (event: MessageEvent<PartRequest | { stop: true }>) => {
    const message = event.data;
    if ('stop' in message) {
      stop.abort();
      return;
    }
    stop = new AbortController();
    void servePartRequest(
      message,
      (reply, transfer) => {
        port.postMessage(reply, { transfer });
      },
      stop.signal,
    );
  });
  port.start();
}

function portHelper(port: MessagePort): PartHelper {
  return {
    read: (request, onReply) => {
      port.addEventListener('message', (event: MessageEvent<PartReply>) => {
        onReply(event.data);
      });
      port.start();
      port.postMessage(request);
    },
    stop: () => {
      port.postMessage({ stop: true });
    },
  };
}
