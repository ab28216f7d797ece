// One Chromium and one static server for the browser figures: the bench build of the app at `/`,
// the synthetic datasets at `/bench-data/`, the loads' peer pages at `/peer/` (browser-peers.ts).
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/harness.ts';
import { serveStatic, type StaticServer } from '../scripts/serve-static.ts';
import { benchDataDir } from './bench-data.ts';
import { benchDist } from './build-app.ts';
import { peerDir } from './browser-peers.ts';

export interface BrowserSession {
  browser: Browser;
  server: StaticServer;
  /** The app's URL for a dataset file of bench/out/data, with the map exposed for measuring. */
  appUrl: (dataset: string, extra?: string) => string;
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

export async function startBrowserSession(): Promise<BrowserSession> {
  const server = await serveStatic(benchDist, {
    mounts: {
      '/bench-data/': benchDataDir,
      '/peer/': peerDir,
      '/maplibre/': 'node_modules/maplibre-gl/dist',
    },
  });
  const browser = await launchBrowser(['--enable-precise-memory-info']);
  return {
    browser,
    server,
    appUrl: (dataset, extra = '') =>
      `${server.url}?data=${encodeURIComponent(`bench-data/${dataset}`)}&debug${extra}`,
    newPage: async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      page.on('pageerror', (err) => {
        console.error(`  [page error] ${err.message}`);
      });
      return page;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
