// What floats over the map: the hover tooltip and the list of events sharing one spot.
// Article-derived text is rendered by React as text, never as HTML.
import { useEffect, useRef } from 'react';
import type { EventPointProperties } from './event-features.ts';

export interface Pick {
  /** Pixel position inside the map container. */
  x: number;
  y: number;
  events: EventPointProperties[];
  /** Size of the hovered cluster; 0 when `events` are individual events. */
  clusterSize: number;
}

const maxTooltipEvents = 3;

export function Tooltip({ pick }: { pick: Pick }) {
  const shown = pick.events.slice(0, maxTooltipEvents);
  const more = pick.events.length - shown.length;
  return (
    <div className="map-tooltip" role="tooltip" style={{ left: pick.x, top: pick.y }}>
      {pick.clusterSize > 0 ? (
        <p>{pick.clusterSize.toLocaleString('en')} events · click to zoom in</p>
      ) : (
        shown.map((e) => <EventSummary key={e.id} event={e} />)
      )}
      {more > 0 && <p className="map-tooltip__more">and {more} more here · click to list</p>}
    </div>
  );
}

function EventSummary({ event }: { event: EventPointProperties }) {
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
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
  }, [pick]);
  return (
    <div
      ref={ref}
      className="map-picklist"
      role="dialog"
      aria-label={`${pick.events.length} events at this place`}
      style={{ left: pick.x, top: pick.y }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="map-picklist__head">
        <span>{pick.events.length} events here</span>
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
    </div>
  );
}
