// Features that failed validation are never dropped silently: this notice counts them and lists
// the first reasons.
import type { SkippedFeature } from '../core/read-events.ts';

export interface SkippedNoticeProps {
  skipped: number;
  problems: readonly SkippedFeature[];
  onDismiss: () => void;
}

export function SkippedNotice({ skipped, problems, onDismiss }: SkippedNoticeProps) {
  const n = skipped.toLocaleString('en');
  return (
    <section className="notice" role="status" aria-label="Skipped features">
      <div className="notice-body">
        <p>
          <strong>
            {n} feature{skipped === 1 ? ' was' : 's were'} skipped
          </strong>{' '}
          because {skipped === 1 ? 'it does' : 'they do'} not match the event schema.
        </p>
        <details>
          <summary>
            Show {problems.length < skipped ? `the first ${problems.length}` : 'why'}
          </summary>
          <ul>
            {problems.map((p) => (
              <li key={p.index}>
                Feature {p.index + 1}
                {p.id !== null && <> (“{p.id}”)</>}: {p.reason}
              </li>
            ))}
          </ul>
        </details>
      </div>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
