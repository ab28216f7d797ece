// Shown instead of the dashboard when the dataset cannot be loaded: what went wrong and a way on.
export interface ErrorPanelProps {
  message: string;
  /** Offered when the error may pass (the network); a file that cannot be read is not retried. */
  onRetry?: (() => void) | undefined;
  retrying: boolean;
  /** Offered when a custom dataset failed: go back to the bundled one. */
  onUseDefault?: (() => void) | undefined;
}

export function ErrorPanel({ message, onRetry, retrying, onUseDefault }: ErrorPanelProps) {
  return (
    <section className="state-panel error-panel" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">Could not load the events</h2>
      <p>{message}</p>
      <div className="state-actions">
        {onRetry && (
          <button
            type="button"
            className="button button-primary"
            onClick={onRetry}
            disabled={retrying}
          >
            {retrying ? 'Retrying…' : 'Retry'}
          </button>
        )}
        {onUseDefault && (
          <button
            type="button"
            className={onRetry ? 'button' : 'button button-primary'}
            onClick={onUseDefault}
          >
            Load the bundled dataset
          </button>
        )}
      </div>
    </section>
  );
}
