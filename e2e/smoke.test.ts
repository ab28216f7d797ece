import { afterAll, beforeAll, expect, test } from 'vitest';
import { distinctColours, startApp, type AppSession } from './harness.ts';

let app: AppSession;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app.close();
});

test('the built app shows its title and a rendered MapLibre canvas', async () => {
  const page = await app.newPage();
  await page.goto(app.url);

  await expect.poll(() => page.title()).toBe('Event Atlas');
  await page.getByRole('heading', { name: 'Event Atlas' }).waitFor();
  const canvas = page.locator('canvas.maplibregl-canvas');
  await canvas.waitFor({ state: 'visible', timeout: 30_000 });

  await expect
    .poll(async () => distinctColours(await canvas.screenshot()), { timeout: 30_000 })
    .toBeGreaterThan(20);
});
