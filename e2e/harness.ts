// Browser-test harness: Debian's Chromium driven by playwright-core against the built app,
// served on 127.0.0.1 on a free port by a server each test file starts and stops itself.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { serveStatic, type StaticServer } from '../scripts/serve-static.ts';

// WebGL through SwiftShader; the network flags stop Chromium dialling out on a closed network.
export const chromiumArgs = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function findChromium(): string {
  const chosen = process.env.CHROME_PATH;
  if (chosen !== undefined && chosen !== '') {
    if (existsSync(chosen)) return chosen;
    throw new Error(`CHROME_PATH is set to ${chosen}, which does not exist: fix or unset it.`);
  }
  const found = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (found === undefined) {
    throw new Error(
      'No Chromium found for the browser tests. Install it with `sudo apt-get install chromium` ' +
        '(Debian/Ubuntu), or set CHROME_PATH to a Chrome/Chromium executable.',
    );
  }
  return found;
}

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
  });
}

export interface AppSession {
  browser: Browser;
  server: StaticServer;
  /** Base URL of the built app, ending in `/`. Fixtures are under `${url}fixtures/`. */
  url: string;
  newPage: (viewport?: { width: number; height: number }) => Promise<Page>;
  close: () => Promise<void>;
}

/** Serves `dist/` (and `e2e/fixtures/` at `/fixtures/`) and launches Chromium. */
export async function startApp(
  options: { mounts?: Record<string, string>; args?: string[] } = {},
): Promise<AppSession> {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` (npm run test:browser does) first.');
  }
  const server = await serveStatic('dist', {
    mounts: { '/fixtures/': 'e2e/fixtures', ...options.mounts },
  });
  const browser = await launchBrowser(options.args);
  const contexts: BrowserContext[] = [];
  return {
    browser,
    server,
    url: server.url,
    newPage: async (viewport = { width: 1280, height: 800 }) => {
      const context = await browser.newContext({ viewport, acceptDownloads: true });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (err) => {
        console.error(`[page error] ${err.message}`);
      });
      return page;
    },
    close: async () => {
      await Promise.all(contexts.map((c) => c.close()));
      await browser.close();
      await server.close();
    },
  };
}

/** Counts distinct colours in a PNG (a blank canvas has one or two). */
export function distinctColours(png: Buffer, limit = 10_000): number {
  const image = PNG.sync.read(png);
  const seen = new Set<number>();
  const { data } = image;
  for (let i = 0; i + 3 < data.length && seen.size < limit; i += 4) {
    seen.add(
      ((data[i] ?? 0) << 24) |
        ((data[i + 1] ?? 0) << 16) |
        ((data[i + 2] ?? 0) << 8) |
        (data[i + 3] ?? 0),
    );
  }
  return seen.size;
}
