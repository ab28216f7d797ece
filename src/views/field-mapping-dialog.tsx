// The field mapping as guessed, for the user to change: which column is the id, name, start, end,
// place, point (latitude and longitude, or one WKT/GeoJSON column) and category. Applying it
// reads the file again and puts the mapping in the URL.
import { useEffect, useRef, useState } from 'react';
import { MAPPED_FIELDS, type FieldMapping, type MappedField } from '../core/field-mapping.ts';

const labels: Record<MappedField, string> = {
  id: 'Id',
  name: 'Name',
  start: 'Start date',
  end: 'End date',
  place: 'Place',
  lat: 'Latitude',
  lon: 'Longitude',
  point: 'Point (WKT or GeoJSON)',
  category: 'Category (colour, theme chart)',
};

export interface FieldMappingDialogProps {
  columns: readonly string[];
  mapping: Required<FieldMapping>;
  onApply: (mapping: Required<FieldMapping>) => void;
  onClose: () => void;
}

export function FieldMappingDialog({
  columns,
  mapping,
  onApply,
  onClose,
}: FieldMappingDialogProps) {
  const [draft, setDraft] = useState(mapping);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d !== null && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="mapping-dialog"
      aria-labelledby="mapping-title"
      onClose={onClose}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onApply(draft);
        }}
      >
        <h2 id="mapping-title">Map fields</h2>
        <p>Which column holds each field. Other columns are kept and shown with each event.</p>
        {MAPPED_FIELDS.map((field) => (
          <label key={field} className="mapping-row">
            <span>{labels[field]}</span>
            <select
              value={draft[field]}
              onChange={(e) => {
                setDraft({ ...draft, [field]: e.target.value });
              }}
            >
              <option value="">(none)</option>
              {columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        ))}
        <div className="state-actions">
          <button type="submit" className="button button-primary">
            Apply
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
