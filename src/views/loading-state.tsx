// Shown while the dataset loads: the page keeps its shape, so nothing jumps when it arrives.
export function LoadingState() {
  return (
    <section className="state-panel loading-state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <p>Loading events…</p>
    </section>
  );
}
