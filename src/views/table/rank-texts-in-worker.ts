// rankTexts in a worker of its own, so that ranking a million events' names does not hold the
// page (~0.5 s in Chromium). Where there is no worker (tests, a page that forbids it) or it fails,
// the texts are ranked here instead: the same ranks, later.
import { rankTexts, type TextRanks } from '../../core/rank-texts.ts';
import rankWorkerUrl from './rank-texts.worker.ts?module-worker';

export type TextRanker = (texts: readonly string[], first: number) => Promise<TextRanks>;

export const rankTextsInWorker: TextRanker = (texts, first) => {
  const here = (): TextRanks => rankTexts(texts, first);
  let worker: Worker;
  try {
    if (typeof Worker === 'undefined') return Promise.resolve(here());
    worker = new Worker(rankWorkerUrl, { type: 'module' });
  } catch {
    return Promise.resolve(here());
  }
  return new Promise<TextRanks>((resolve) => {
    const done = (ranks: TextRanks): void => {
      worker.terminate();
      resolve(ranks);
    };
    worker.addEventListener('message', (event: MessageEvent<TextRanks>) => {
      done(event.data);
    });
    worker.addEventListener('error', () => {
      done(here());
    });
    worker.postMessage({ texts, first });
  });
};
