// What floats over the map: the hover tooltip and the list of events sharing one spot.
// Article-derived text is rendered by React as text, never as HTML.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { EventSummary } from './event-features.ts';

export interface Pick {
  /** Pixel position inside the map container. */
  x: number;
  y: number;
  /** The events listed (at most `maxListed`); empty for a group shown by its size. */
  events: EventSummary[];
  /** Events at this spot: more than `events.length` when the list is cut short. */
  total: number;
}

const maxTooltipEvents = 3;
/** Gap between the pointer and what floats beside it. */
const gap = 12;

/**
 * Places a floating box beside the point (right and below by default), flipped or clamped so
 * that it stays inside the map, whose size it reads from the box's parent.
 */
function useFitInside(ref: RefObject<HTMLElement | null>, x: number, y: number): void {
  useLayoutEffect(() => {
    const box = ref.current;
    const frame = box?.parentElement;
    if (!box || !frame) return;
    const w = box.offsetWidth;
    const h = box.offsetHeight;
    const maxX = Math.max(0, frame.clientWidth - w);
    const maxY = Math.max(0, frame.clientHeight - h);
    const left = x + gap + w <= frame.clientWidth ? x + gap : x - gap - w;
    const top = y + gap + h <= frame.clientHeight ? y + gap : y - gap - h;
    box.style.left = `${String(Math.min(maxX, Math.max(0, left)))}px`;
    box.style.top = `${String(Math.min(maxY, Math.max(0, top)))}px`;
  });
}

export function Tooltip({ pick }: { pick: Pick }) {
  const ref = useRef<HTMLDivElement>(null);
  useFitInside(ref, pick.x, pick.y);
  const shown = pick.events.slice(0, maxTooltipEvents);
  const more = pick.total - shown.length;
  return (
    <div ref={ref} className="map-tooltip" role="tooltip">
      {shown.length === 0 ? (
        <p>{pick.total.toLocaleString('en')} events · click to zoom in</p>
      ) : (
        shown.map((e) => <SummaryLines key={e.id} event={e} />)
      )}
      {shown.length > 0 && more > 0 && (
        <p className="map-tooltip__more">
          and {more.toLocaleString('en')} more here · click to list
        </p>
      )}
    </div>
  );
}

function SummaryLines({ event }: { event: EventSummary }) {
  return (
    <div className="map-tooltip__event">
      <strong>{event.name}</strong>
      <span>{event.date}</span>
      <span>{event.place}</span>
    </div>
  );
}

export function PickList(props: {
  pick: Pick;
  onChoose: (id: string) => void;
  onClose: () => void;
}) {
  const { pick, onChoose, onClose } = props;
  const ref = useRef<HTMLDivElement>(null);
  useFitInside(ref, pick.x, pick.y);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
  }, [pick]);
  return (
    <div
      ref={ref}
      className="map-picklist"
      role="dialog"
      aria-label={`${pick.total} events at this place`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="map-picklist__head">
        <span>{pick.total.toLocaleString('en')} events here</span>
        <button type="button" aria-label="Close list" onClick={onClose}>
          ×
        </button>
      </div>
      <ul>
        {pick.events.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              onClick={() => {
                onChoose(e.id);
              }}
            >
              <span className="map-swatch" style={{ background: e.color }} aria-hidden="true" />
              <span>
                <strong>{e.name}</strong>
                <small>
                  {e.date} · {e.place}
                </small>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {pick.total > pick.events.length && (
        <p className="map-picklist__more">
          {(pick.total - pick.events.length).toLocaleString('en')} more: narrow the filters to see
          them here, or in the table.
        </p>
      )}
    </div>
  );
}
