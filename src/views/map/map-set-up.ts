// MapLibre sets WebGL up in one synchronous call, and compiles the basemap's shader programs in
// its first frames: each 100–250 ms where WebGL runs in software, and up to twice that when the
// dataset's parsing worker has the other core. The app starts reading the dataset once the map
// has drawn its first complete frame (its 'load'), or has failed to start, so the page never
// freezes that long; when no map gets there, it waits no longer than `longestWaitMs`.

export const longestWaitMs = 1500;

let settle: () => void = () => undefined;
const setUp = new Promise<void>((resolve) => {
  settle = resolve;
});

/** Called by the map once it has loaded, failed, or thrown in its constructor. */
export function mapSetUpDone(): void {
  settle();
}

/** Settles when the first map has loaded or failed, or after `longestWaitMs`. */
export function afterMapSetUp(): Promise<void> {
  return Promise.race([setUp, new Promise<void>((resolve) => setTimeout(resolve, longestWaitMs))]);
}
