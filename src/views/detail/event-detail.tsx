import {
  useEffect,
  useId,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { EventFeature } from '../../core/event.ts';
import { formatEventDate } from '../../core/format-date.ts';
import { placeHierarchy } from '../../core/format-place.ts';
import { themeDisplay } from '../../core/format-theme.ts';
import { EventSources } from './event-sources.tsx';
import {
  datePrecisionText,
  detailBadges,
  formatText,
  locationPrecisionText,
  roleText,
  statusText,
} from './detail-labels.ts';
import './event-detail.css';

export interface EventDetailProps {
  event: EventFeature;
  onClose: () => void;
}

const numberFormat = new Intl.NumberFormat('en');

/**
 * When the panel closes and its focused close button goes with it, focus would fall to the page:
 * it goes back instead to what had it when this event was shown (its table row, the map).
 */
function useReturnFocus(section: RefObject<HTMLElement | null>, eventId: string): void {
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body) {
      if (section.current?.contains(active) !== true) returnTo.current = active;
    }
  }, [section, eventId]);
  useEffect(
    () => () => {
      const target = returnTo.current;
      const active = document.activeElement;
      const lost = active === null || active === document.body || !active.isConnected;
      if (lost && target?.isConnected === true) target.focus({ preventScroll: true });
    },
    [],
  );
}

/** Every field of one event. Article text is rendered as text only, never as markup. */
export function EventDetail({ event, onClose }: EventDetailProps) {
  const headingId = useId();
  const p = event.properties;
  const coords = event.geometry?.coordinates ?? null;
  const hierarchy = placeHierarchy(p);
  const badges = detailBadges(p.status, p.format);
  const sectionRef = useRef<HTMLElement>(null);
  useReturnFocus(sectionRef, p.id);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };

  return (
    <section
      ref={sectionRef}
      className="event-detail"
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
    >
      <header className="event-detail__head">
        <h2 id={headingId} className="event-detail__title">
          {p.name}
        </h2>
        <button
          type="button"
          className="event-detail__close"
          aria-label="Close details"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {badges.length > 0 && (
        <ul className="event-detail__badges" aria-label="Status and format">
          {badges.map((b) => (
            <li key={b.key} className={`event-detail__badge event-detail__badge--${b.key}`}>
              {b.label}
            </li>
          ))}
        </ul>
      )}
      <dl className="event-detail__fields">
        <Field label="Role">{roleText(p.role)}</Field>
        <Field label="Status">{statusText(p.status)}</Field>
        <Field label="Date">
          {formatEventDate(p.start, p.end, p.date_precision)}
          <Note>{datePrecisionText(p.date_precision)}</Note>
          {p.start !== null && p.date_precision !== 'unknown' && (
            <Note>{p.end === null || p.end === p.start ? p.start : `${p.start} to ${p.end}`}</Note>
          )}
        </Field>
        <Field label="Place as written">{p.place ?? <Missing>Not stated</Missing>}</Field>
        <Field label="Located at">
          {hierarchy.length === 0 ? (
            <Missing>Not located</Missing>
          ) : (
            <ul className="event-detail__hierarchy">
              {hierarchy.map((part) => (
                <li key={part.level}>
                  <span className="event-detail__level">{part.level}</span> {part.value}
                </li>
              ))}
            </ul>
          )}
        </Field>
        <Field label="Location precision">
          {locationPrecisionText(p.location_precision)}
          {coords === null ? (
            <span className="event-detail__flag">
              {p.format === 'online' ? 'not on map: held online' : 'not on map'}
            </span>
          ) : (
            <Note>
              {coords[1].toFixed(4)}, {coords[0].toFixed(4)} (lat, lon)
            </Note>
          )}
        </Field>
        <Field label="Geocode">
          {Math.round(p.confidence * 100)}% confidence
          <Note>{p.geocoder ?? 'no geocoder match'}</Note>
        </Field>
        <Field label="Themes">
          {p.themes.length === 0 ? (
            <Missing>None</Missing>
          ) : (
            <ul className="event-detail__themes">
              {p.themes.map((slug) => {
                const theme = themeDisplay(slug);
                return (
                  <li key={slug}>
                    <span
                      className="event-detail__swatch"
                      style={{ background: theme.color ?? 'transparent' }}
                      aria-hidden="true"
                    />
                    {theme.label}
                  </li>
                );
              })}
            </ul>
          )}
        </Field>
        <Field label="Format">{formatText(p.format)}</Field>
        <Field label="Participants">
          {p.participants === null ? (
            <Missing>Not stated</Missing>
          ) : (
            numberFormat.format(p.participants)
          )}
          {p.participants_text !== null && <Note>&ldquo;{p.participants_text}&rdquo;</Note>}
        </Field>
        <Field label="Organisers">
          {p.organisers.length === 0 ? (
            <Missing>Not stated</Missing>
          ) : (
            <ul className="event-detail__list">
              {p.organisers.map((name, i) => (
                <li key={i}>{name}</li>
              ))}
            </ul>
          )}
        </Field>
        <Field label="Event id">
          <code>{p.id}</code>
        </Field>
      </dl>
      {event.extra && (
        <>
          <h3 className="event-detail__subhead">Other fields</h3>
          <dl className="event-detail__fields" aria-label="Other fields">
            {Object.entries(event.extra).map(([key, value]) => (
              <Field key={key} label={key}>
                {extraText(value)}
              </Field>
            ))}
          </dl>
        </>
      )}
      <h3 className="event-detail__subhead">Evidence</h3>
      <Evidence label="Date" quote={p.evidence.date} />
      <Evidence label="Place" quote={p.evidence.place} />
      <h3 className="event-detail__subhead">Sources</h3>
      <EventSources sources={p.sources} />
    </section>
  );
}

/** A value of another dataset as text: numbers grouped, objects and lists as JSON. */
function extraText(value: unknown): string {
  if (value === null) return '—';
  if (typeof value === 'number') return numberFormat.format(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="event-detail__field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Note({ children }: { children: ReactNode }) {
  return <span className="event-detail__note">{children}</span>;
}

function Missing({ children }: { children: ReactNode }) {
  return <span className="event-detail__missing">{children}</span>;
}

function Evidence({ label, quote }: { label: string; quote: string | null }) {
  return (
    <figure className="event-detail__evidence">
      <figcaption>{label}</figcaption>
      {quote === null ? (
        <p className="event-detail__missing">No sentence recorded</p>
      ) : (
        <blockquote>{quote}</blockquote>
      )}
    </figure>
  );
}
