// Events without coordinates are counted beside the map ("3 not on map") and listed, so none is
// lost: each entry selects its event. The row is there whatever the count, and while the dataset
// loads: the map above it keeps its size, since a resize redraws the whole map (~80 ms where WebGL
// runs in software) in the middle of a filter change or at the end of a load.
import { memo, useState } from 'react';
import type { EventFeature } from '../core/event.ts';

export interface UnplacedListProps {
  /** How many filtered events are not on the map. */
  count: number;
  /** The first of them (at most `maxListedUnplaced`), in dataset order. */
  listed: readonly EventFeature[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The dataset is still loading: the row is kept, empty. */
  loading?: boolean;
}

export const maxListedUnplaced = 200;

export const UnplacedList = memo(function UnplacedList({
  count,
  listed,
  selectedId,
  onSelect,
  loading = false,
}: UnplacedListProps) {
  const [open, setOpen] = useState(false);
  if (loading) return <div className="unplaced" />;
  if (count === 0) {
    return (
      <div className="unplaced">
        <p className="unplaced__none">Every event shown is on the map.</p>
      </div>
    );
  }
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
        {count.toLocaleString('en')} not on map
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
          {count > listed.length && (
            <li className="muted">
              and {(count - listed.length).toLocaleString('en')} more (see the table)
            </li>
          )}
        </ul>
      )}
    </div>
  );
});
