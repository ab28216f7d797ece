// The filter toolbar: text search, the "only events in map view" toggle, one removable chip per
// active filter, and "Clear filters".
import { useId } from 'react';

export interface FilterChip {
  /** Stable key, also used in the remove button's accessible name. */
  key: string;
  label: string;
  onRemove: () => void;
}

export interface FilterBarProps {
  q: string;
  onQueryChange: (q: string) => void;
  inView: boolean;
  onInViewChange: (inView: boolean) => void;
  chips: readonly FilterChip[];
  onClear: () => void;
}

export function FilterBar(props: FilterBarProps) {
  const { q, onQueryChange, inView, onInViewChange, chips, onClear } = props;
  const searchId = useId();
  return (
    <div className="filter-bar" role="search" aria-label="Filter events">
      <div className="filter-row">
        <div className="search-box">
          <label htmlFor={searchId} className="visually-hidden">
            Search events by name, place or organiser
          </label>
          <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
            <circle cx="8.5" cy="8.5" r="5.5" />
            <path d="M13 13l4.5 4.5" />
          </svg>
          <input
            id={searchId}
            type="search"
            value={q}
            placeholder="Search name, place, organiser"
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => {
              onQueryChange(event.target.value);
            }}
          />
        </div>
        <label className="switch">
          <input
            type="checkbox"
            checked={inView}
            onChange={(event) => {
              onInViewChange(event.target.checked);
            }}
          />
          <span className="switch-track" aria-hidden="true" />
          Only events in map view
        </label>
      </div>
      {chips.length > 0 && (
        <div className="chip-row">
          <ul className="chips" aria-label="Active filters">
            {chips.map((chip) => (
              <li key={chip.key}>
                <button
                  type="button"
                  className="chip chip-removable"
                  aria-label={`Remove filter: ${chip.label}`}
                  onClick={chip.onRemove}
                >
                  {chip.label}
                  <span className="chip-x" aria-hidden="true">
                    ×
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button button-quiet" onClick={onClear}>
            Clear filters
          </button>
        </div>
      )}
    </div>
  );
}
