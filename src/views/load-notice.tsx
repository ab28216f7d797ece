// What loading the dataset found, in one line with the details one click away, and the way to
// change how its fields were read.
import type { SummaryText } from '../core/load-summary-text.ts';

export interface LoadNoticeProps {
  text: SummaryText;
  onMapFields: () => void;
  onDismiss: () => void;
}

export function LoadNotice({ text, onMapFields, onDismiss }: LoadNoticeProps) {
  return (
    <section className="notice" role="status" aria-label="Load summary">
      <div className="notice-body">
        <p>
          <strong>{text.headline}</strong>
        </p>
        {text.details.length > 0 && (
          <details>
            <summary>Details</summary>
            <ul>
              {text.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        )}
      </div>
      <button
        type="button"
        className={text.needsMapping ? 'button button-primary' : 'button'}
        onClick={onMapFields}
      >
        Map fields…
      </button>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
