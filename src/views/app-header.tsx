// The header: product name, what dataset is shown, and a button to open another one.
import { useRef } from 'react';

export interface AppHeaderProps {
  /** "5 events · 2020–2023", or null while nothing is loaded. */
  summary: string | null;
  /** What the dataset lacks: "3 not on map · 1 undated", or null when nothing. */
  gaps: string | null;
  /** Where the data comes from: a file name, a URL, or the bundled dataset. */
  source: string;
  onFile: (file: File) => void;
}

export function AppHeader({ summary, gaps, source, onFile }: AppHeaderProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <header className="app-header">
      <div className="brand">
        <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
          <circle cx="16" cy="16" r="13" />
          <path d="M3 16h26M16 3c4 4 5.5 8.5 5.5 13S20 25 16 29M16 3c-4 4-5.5 8.5-5.5 13S12 25 16 29" />
          <circle className="brand-dot" cx="21" cy="11" r="3.2" />
        </svg>
        <h1>Event Atlas</h1>
      </div>
      <p className="dataset-summary">
        {summary !== null && <span className="dataset-figures">{summary}</span>}
        {gaps !== null && <span className="dataset-quality">{gaps}</span>}
        <span className="dataset-source" title={source}>
          {source}
        </span>
      </p>
      <div className="header-actions">
        <button
          type="button"
          className="button"
          title="GeoJSON, NDJSON, CSV/TSV, Arrow or Parquet with points in it"
          onClick={() => {
            input.current?.click();
          }}
        >
          Open dataset…
        </button>
        <input
          ref={input}
          type="file"
          accept=".geojson,.json,.ndjson,.geojsonl,.jsonl,.csv,.tsv,.txt,.arrow,.arrows,.feather,.ipc,.parquet,application/geo+json,application/json,text/csv"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
            event.target.value = '';
          }}
        />
      </div>
    </header>
  );
}
