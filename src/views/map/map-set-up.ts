// MapLibre sets WebGL up in one synchronous call: 100–200 ms where WebGL runs in software, and
// three times that when the dataset's parsing worker has the other core. The app starts reading
// the dataset once the map is set up (or has failed to be), so the page never freezes that long;
// when no map starts at all, it waits no longer than `longestWaitMs`.

export const longestWaitMs = 1500;

let settle: () => void = () => undefined;
const setUp = new Promise<void>((resolve) => {
  settle = resolve;
});

/** Called by the map once its constructor has returned or thrown. */
export function mapSetUpDone(): void {
  settle();
}

/** Settles when the first map has been set up, or after `longestWaitMs`. */
export function afterMapSetUp(): Promise<void> {
  return Promise.race([setUp, new Promise<void>((resolve) => setTimeout(resolve, longestWaitMs))]);
}
