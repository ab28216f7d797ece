// The README's screenshots, at 1280×800 and 375×812, of the built app on the seed dataset.
// Every run takes them and checks they show a drawn dashboard; they land in docs/ only with
// UPDATE_SCREENSHOTS=1 (`UPDATE_SCREENSHOTS=1 npx vitest run --project browser
// e2e/dashboard-screenshots.test.ts`), so a test run never dirties the work tree.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fixtureMounts, seedDataset, type Dataset } from './dashboard-page.ts';
import { distinctColours, startApp, type AppSession } from './harness.ts';

const outDir = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs' : 'dist/screenshots';

let app: AppSession;
let seed: Dataset;

beforeAll(async () => {
  app = await startApp({ mounts: fixtureMounts });
  seed = seedDataset();
  mkdirSync(outDir, { recursive: true });
});

afterAll(async () => {
  await app.close();
});

/** The latest reported event: the desktop shot shows its details beside the map. */
function featuredId(): string {
  const reported = seed.features
    .filter((f) => f.properties.role === 'reported' && f.properties.start !== null)
    .toSorted((a, b) => (b.properties.start ?? '').localeCompare(a.properties.start ?? ''));
  return reported[0]?.properties.id ?? '';
}

const shots = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, select: true },
  { name: 'mobile', viewport: { width: 375, height: 812 }, select: false },
];

for (const shot of shots) {
  test(`${shot.name} screenshot at ${shot.viewport.width}×${shot.viewport.height}`, async () => {
    const page = await app.newPage(shot.viewport);
    const sel = shot.select ? `&sel=${encodeURIComponent(featuredId())}` : '';
    await page.goto(`${app.url}${seed.query}${sel}`);
    await page.locator('table tbody tr').first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => window.__eventAtlasMap?.loaded() === true, null, {
      timeout: 30_000,
    });
    // Tiles and labels settle after `load`; wait until the map is idle.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.__eventAtlasMap;
          if (map === undefined || !map.isMoving()) setTimeout(resolve, 800);
          else map.once('idle', () => setTimeout(resolve, 300));
        }),
    );
    const png = await page.screenshot({ path: `${outDir}/screenshot-${shot.name}.png` });
    expect(distinctColours(png)).toBeGreaterThan(200);
  });
}
