import { describe, expect, it } from 'vitest';
import { createProgress } from './ingest-progress.ts';

function createStream(isTTY: boolean): {
  isTTY: boolean;
  columns: number;
  written: string[];
  write: (t: string) => boolean;
} {
  const written: string[] = [];
  return { isTTY, columns: 60, written, write: (t: string) => written.push(t) > 0 };
}

describe('createProgress', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const stream = createStream(false);
    const progress = createProgress(stream);
    progress.update(100, 100, 'a.txt');
    progress.finish();
    expect(stream.written).toEqual([]);
  });

  it('draws nothing for a short run', () => {
    const stream = createStream(true);
    createProgress(stream).update(5, 5, 'a.txt');
    expect(stream.written).toEqual([]);
  });

  it('draws a bar with the count and the current file, then clears it', () => {
    const stream = createStream(true);
    const progress = createProgress(stream, () => 0);
    progress.update(50, 200, 'outlet/b.txt');
    progress.finish();
    expect(stream.written[0]).toMatch(/^\r\[#{8}\.{22}\] 50\/200 outlet\/b\.txt\s*$/);
    expect(stream.written[1]).toMatch(/^\r\s+\r$/);
  });

  it('redraws at most every 100 ms, but always the last step', () => {
    const stream = createStream(true);
    let time = 0;
    const progress = createProgress(stream, () => time);
    progress.update(1, 100, 'a');
    time = 50;
    progress.update(2, 100, 'b');
    progress.update(100, 100, 'z');
    expect(stream.written).toHaveLength(2);
  });
});
