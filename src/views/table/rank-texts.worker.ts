// Ranks a table column's texts off the page's thread (rank-texts-in-worker.ts).
import { rankTexts } from '../../core/rank-texts.ts';

self.addEventListener('message', (event: MessageEvent<{ texts: string[]; first: number }>) => {
  const { ranks, end } = rankTexts(event.data.texts, event.data.first);
  self.postMessage({ ranks, end }, { transfer: [ranks.buffer] });
});
