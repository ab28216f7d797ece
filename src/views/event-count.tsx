// "n of N events": how many events pass every filter, announced politely as it changes.
export function EventCount({ shown, total }: { shown: number; total: number }) {
  const n = (x: number) => x.toLocaleString('en');
  return (
    <p className="event-count" role="status" aria-live="polite">
      {shown === total ? (
        <>
          <strong>{n(total)}</strong> event{total === 1 ? '' : 's'}
        </>
      ) : (
        <>
          <strong>{n(shown)}</strong> of {n(total)} events
        </>
      )}
    </p>
  );
}
