import type { EventSource } from '../../core/event.ts';
import { safeHttpUrl } from '../../core/safe-url.ts';

/** The articles an event was read from. Only http(s) addresses become links. */
export function EventSources({ sources }: { sources: readonly EventSource[] }) {
  if (sources.length === 0) return <p className="event-detail__missing">No source recorded</p>;
  return (
    <ul className="event-detail__sources">
      {sources.map((source, i) => {
        const href = safeHttpUrl(source.url);
        const title = source.title ?? source.outlet ?? source.url ?? source.file;
        const meta = [source.outlet, source.published, source.file].filter(
          (part): part is string => part !== null && part !== '' && part !== title,
        );
        return (
          <li key={i}>
            {href === null ? (
              <span className="event-detail__source-title">{title}</span>
            ) : (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {title}
              </a>
            )}
            {meta.length > 0 && <span className="event-detail__note">{meta.join(' · ')}</span>}
            {href === null && source.url !== null && (
              <span className="event-detail__note">
                Address not opened (not a web link): <code>{source.url}</code>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
