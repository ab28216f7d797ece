// The error the dashboard shows when a dataset cannot be loaded. It crosses from the parsing
// worker to the page as plain fields (see load-events-worker-client.ts), so it carries no more.

/** The dataset could not be fetched or is not JSON; the message is shown to the user. */
export class DatasetLoadError extends Error {
  override name = 'DatasetLoadError';
  /** Worth retrying by itself: the network failed or the server had a passing error. */
  transient: boolean;
  constructor(message: string, options: { cause?: unknown; transient?: boolean } = {}) {
    super(message, { cause: options.cause });
    this.transient = options.transient ?? false;
  }
}

export function describeUrl(url: string): string {
  if (url.startsWith('blob:')) return 'The dropped file';
  if (url.startsWith('data:')) return 'The inline dataset';
  return `The dataset at ${url.length > 120 ? `${url.slice(0, 117)}…` : url}`;
}
