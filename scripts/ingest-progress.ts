// A one-line progress bar on stderr, only when stderr is a terminal and the run is long enough
// to need one; redrawn at most ten times a second.
const WIDTH = 30;
const MIN_ITEMS = 50;
const FRAME_MS = 100;

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

export interface Progress {
  update: (done: number, total: number, label: string) => void;
  /** Clears the bar, if one was drawn. */
  finish: () => void;
}

export function createProgress(
  stream: ProgressStream,
  now: () => number = () => performance.now(),
): Progress {
  let lastDraw = -Infinity;
  let drawn = false;
  const columns = (): number => stream.columns ?? 80;
  return {
    update(done, total, label) {
      if (stream.isTTY !== true || total < MIN_ITEMS) return;
      const time = now();
      if (done < total && time - lastDraw < FRAME_MS) return;
      lastDraw = time;
      drawn = true;
      const filled = Math.round((done / total) * WIDTH);
      const bar = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} `;
      const room = Math.max(0, columns() - bar.length - 1);
      stream.write(`\r${bar}${label.slice(-room).padEnd(room)}`);
    },
    finish() {
      if (drawn) stream.write(`\r${' '.repeat(columns() - 1)}\r`);
    },
  };
}
