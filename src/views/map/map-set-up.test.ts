import { afterEach, expect, test, vi } from 'vitest';
import { afterMapSetUp, longestWaitMs, mapSetUpDone } from './map-set-up.ts';

afterEach(() => {
  vi.useRealTimers();
});

async function settledWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let settled = false;
  void promise.then(() => {
    settled = true;
  });
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

// In this order: once a map has been set up, every later wait is over at once.
test('waits at most longestWaitMs when no map is set up', async () => {
  vi.useFakeTimers();
  const wait = afterMapSetUp();

  expect(await settledWithin(wait, longestWaitMs - 1)).toBe(false);
  expect(await settledWithin(wait, 1)).toBe(true);
});

test('settles as soon as the map is set up', async () => {
  vi.useFakeTimers();
  const wait = afterMapSetUp();

  mapSetUpDone();

  expect(await settledWithin(wait, 0)).toBe(true);
});
