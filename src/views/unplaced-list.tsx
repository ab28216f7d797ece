// Events without coordinates are counted beside the map ("3 not on map") and listed, so none is
// lost: each entry selects its event.
import { memo, useState } from 'react';
import type { EventFeature } from '../core/event.ts';

export interface UnplacedListProps {
  events: readonly EventFeature[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const maxListed = 200;

export const UnplacedList = memo(function UnplacedList({
  events,
  selectedId,
  onSelect,
}: UnplacedListProps) {
  const [open, setOpen] = useState(false);
  if (events.length === 0) return null;
  const listed = events.slice(0, maxListed);
  return (
    <div className="unplaced">
      <button
        type="button"
        className="chip chip-toggle unplaced-toggle"
        aria-expanded={open}
        aria-controls="unplaced-list"
        onClick={() => {
          setOpen(!open);
        }}
      >
        <span className="unplaced-dot" aria-hidden="true" />
        {events.length.toLocaleString('en')} not on map
      </button>
      {open && (
        <ul id="unplaced-list" className="unplaced-list" aria-label="Events not on the map">
          {listed.map((f) => (
            <li key={f.properties.id}>
              <button
                type="button"
                className="link-button"
                aria-current={f.properties.id === selectedId ? 'true' : undefined}
                onClick={() => {
                  onSelect(f.properties.id);
                }}
              >
                {f.properties.name}
              </button>
              <span className="muted"> — {f.properties.place ?? 'no place given'}</span>
            </li>
          ))}
          {events.length > listed.length && (
            <li className="muted">
              and {(events.length - listed.length).toLocaleString('en')} more (see the table)
            </li>
          )}
        </ul>
      )}
    </div>
  );
});
