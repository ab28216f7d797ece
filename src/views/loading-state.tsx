// Shown while the dataset loads: the page keeps its shape, so nothing jumps when it arrives, and a
// large file shows how far it has got.
export function LoadingState({ read = 0 }: { read?: number }) {
  return (
    <section className="state-panel loading-state" role="status" aria-live="polite">
      {/* Once the count moves it shows progress by itself; a spinning one repaints every frame. */}
      {read === 0 && <span className="spinner" aria-hidden="true" />}
      <p>Loading events…</p>
      {read > 0 && <p className="loading-state__read">{read.toLocaleString('en')} read</p>}
    </section>
  );
}
