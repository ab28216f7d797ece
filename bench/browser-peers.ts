// The loads' peers, measured in the same browser as the app's loads (issue 18, acceptance 4): a
// plain page that fetches the GeoJSON with `res.json()` (started at navigation) and shows it with
// MapLibre's own clustering on a blank style, and a page that only JSON.parses the file. A 1M file
// (1.08 GB) is longer than V8's longest string, so "one JSON.parse" is one per line: the synthetic
// files hold one feature per line, and nothing else is done with them.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchResult } from './bench-result.ts';
import { datasetName, eventsLabel } from './bench-data.ts';
import type { BrowserSession } from './browser-session.ts';
import { round } from './stats.ts';

export const peerDir = 'bench/out/peer';

const clusterScript = `import * as maplibregl from '/maplibre/maplibre-gl.mjs';
const data = fetch(new URLSearchParams(location.search).get('data')).then((r) => r.json());
const map = new maplibregl.Map({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#eef' } }] },
  center: [110, 30],
  zoom: 2,
});
map.on('load', async () => {
  map.addSource('events', { type: 'geojson', data: await data, cluster: true });
  map.addLayer({ id: 'clusters', type: 'circle', source: 'events',
    paint: { 'circle-radius': ['case', ['has', 'point_count'], 14, 4], 'circle-color': '#36c' } });
  map.once('idle', () => { window.__peerReady = performance.now(); });
});
`;

const parseScript = `const response = await fetch(new URLSearchParams(location.search).get('data'));
const decoder = new TextDecoder();
let rest = '';
let features = 0;
let parseMs = 0;
const take = (line) => {
  const text = line.endsWith(',') ? line.slice(0, -1) : line;
  if (!text.startsWith('{"type":"Feature"')) return;
  const t = performance.now();
  JSON.parse(text);
  parseMs += performance.now() - t;
  features++;
};
for await (const bytes of response.body) {
  const lines = (rest + decoder.decode(bytes, { stream: true })).split('\\n');
  rest = lines.pop();
  for (const line of lines) take(line);
}
take(rest + decoder.decode());
window.__peerReady = performance.now();
window.__peerParse = { features, parseMs };
`;

/** The pages, their scripts in files of their own: the server's CSP allows no inline script. */
const page = (script: string, body = '') =>
  `<!doctype html><meta charset="utf-8">${body}<script type="module" src="${script}"></script>`;

export async function writePeerPages(): Promise<void> {
  await mkdir(peerDir, { recursive: true });
  const map =
    '<link rel="stylesheet" href="/maplibre/maplibre-gl.css"><div id="map" style="position:absolute;inset:0"></div>';
  await writeFile(join(peerDir, 'cluster.html'), page('cluster.js', map));
  await writeFile(join(peerDir, 'cluster.js'), clusterScript);
  await writeFile(join(peerDir, 'parse.html'), page('parse.js'));
  await writeFile(join(peerDir, 'parse.js'), parseScript);
}

export interface PeerMeasurement {
  readyMs: number;
  /** The parse page: time inside JSON.parse alone, and the features it parsed. */
  parseMs?: number;
  features?: number;
}

/** Navigation → the peer page's ready mark, for the bench dataset of `events` events. */
export async function measurePeer(
  session: BrowserSession,
  page: 'cluster' | 'parse',
  events: number,
  timeoutMs: number,
): Promise<PeerMeasurement> {
  const tab = await session.newPage();
  try {
    const data = encodeURIComponent(`/bench-data/${datasetName(events)}`);
    await tab.goto(`${session.server.url}peer/${page}.html?data=${data}`, { waitUntil: 'commit' });
    await tab.waitForFunction(() => window.__peerReady !== undefined, undefined, {
      timeout: timeoutMs,
      polling: 100,
    });
    return await tab.evaluate(() => ({
      readyMs: window.__peerReady ?? NaN,
      ...window.__peerParse,
    }));
  } finally {
    await tab.context().close();
  }
}

declare global {
  interface Window {
    __peerReady?: number;
    __peerParse?: { features: number; parseMs: number };
  }
}

/** The app's load against its peer: `ratio` = app / peer, which must be at most `limit`. */
export function peerResult(
  name: string,
  appMs: number,
  peer: PeerMeasurement | Error,
  limit: number,
): BenchResult {
  const failed = peer instanceof Error;
  const ratio = failed ? NaN : appMs / peer.readyMs;
  return {
    name,
    value: round(ratio, 2),
    unit: '×',
    target: `≤ ${String(limit)}`,
    meets: ratio <= limit,
    context: failed
      ? { error: peer.message }
      : {
          appS: round(appMs / 1000, 2),
          peerS: round(peer.readyMs / 1000, 2),
          ...(peer.parseMs === undefined ? {} : { parseOnlyS: round(peer.parseMs / 1000, 2) }),
          ...(peer.features === undefined ? {} : { features: peer.features }),
        },
  };
}

export const peerNames = {
  cluster: (events: number) =>
    `${eventsLabel(events)} GeoJSON: Event Atlas / plain page (res.json + MapLibre clustering)`,
  parse: (events: number) =>
    `${eventsLabel(events)} GeoJSON: Event Atlas / JSON.parse of every feature, same browser`,
};
