// The app shell: owns the one shareable state (mirrored in the URL), picks the dataset (`?data=`,
// a dropped file, or the bundled one), and shows loading, error or the dashboard.
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { buildEventStore, type EventStore } from './core/event-store.ts';
import { summaryText } from './core/load-summary-text.ts';
import { DatasetLoadError } from './data/dataset-load-error.ts';
import { defaultDataUrl, useEvents, useEventsRead } from './data/events-query.ts';
import { AppHeader } from './views/app-header.tsx';
import { Dashboard } from './views/dashboard.tsx';
import { DropZone } from './views/drop-zone.tsx';
import { ErrorPanel } from './views/error-panel.tsx';
import { afterMapSetUp } from './views/map/map-set-up.ts';
import { FieldMappingDialog } from './views/field-mapping-dialog.tsx';
import { LoadNotice } from './views/load-notice.tsx';
import { useUrlState } from './views/use-url-state.ts';

const emptyStore = buildEventStore([]);

interface DroppedFile {
  url: string;
  name: string;
}

export function App() {
  const [state, update] = useUrlState();
  const [file, setFile] = useState<DroppedFile | null>(null);
  const dataUrl = file?.url ?? absolute(state.data ?? defaultDataUrl);
  // Read once the map has its WebGL context: setting it up beside the parsing worker froze the page.
  const query = useEvents(dataUrl, state.fields, afterMapSetUp);
  const read = useEventsRead(dataUrl);
  // The dashboard's first render over a large dataset is long: as a deferred render React can
  // split it between frames instead of blocking the page while it builds every view. The URL goes
  // with it so that a lagging value never shows one dataset under another's address.
  const loaded = useMemo(
    () => (query.data ? { url: dataUrl, data: query.data } : null),
    [dataUrl, query.data],
  );
  const deferred = useDeferredValue(loaded);
  const data = deferred?.url === dataUrl ? deferred.data : undefined;
  const store = data?.store;
  const facts = useMemo(() => store && { summary: summarise(store), gaps: gapsOf(store) }, [store]);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [mapping, setMapping] = useState(false);
  const notice = useMemo(() => data && summaryText(data.summary), [data]);

  // A blob: URL holds the file in memory until revoked: keep only the current one.
  const lastBlob = useRef<string | null>(null);
  useEffect(() => {
    const previous = lastBlob.current;
    if (previous !== null && previous !== file?.url) URL.revokeObjectURL(previous);
    lastBlob.current = file?.url ?? null;
  }, [file]);

  const openFile = (f: File) => {
    setFile({ url: URL.createObjectURL(f), name: f.name });
    // A file of one's own frames itself: the view kept from the last dataset may not hold it.
    update((s) => ({ ...s, data: null, sel: null, fields: {}, map: null }), 'push');
  };
  const source = file?.name ?? state.data ?? defaultDataUrl;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to the dashboard
      </a>
      <AppHeader
        summary={facts?.summary ?? null}
        gaps={facts?.gaps ?? null}
        source={source}
        onFile={openFile}
      />
      <DropZone onFile={openFile} />
      <main id="main" className="main" tabIndex={-1}>
        {query.isError && (
          <ErrorPanel
            message={query.error.message}
            retrying={query.isFetching}
            onRetry={
              query.error instanceof DatasetLoadError && !query.error.transient
                ? undefined
                : () => {
                    void query.refetch();
                  }
            }
            onUseDefault={
              file !== null || state.data !== null
                ? () => {
                    setFile(null);
                    // A file of one's own frames itself: the view kept from the last dataset may not hold it.
                    update((s) => ({ ...s, data: null, sel: null, fields: {}, map: null }), 'push');
                  }
                : undefined
            }
          />
        )}
        {!query.isError && (
          <>
            {notice && dismissed !== dataUrl && (
              <LoadNotice
                text={notice}
                onMapFields={() => {
                  setMapping(true);
                }}
                onDismiss={() => {
                  setDismissed(dataUrl);
                }}
              />
            )}
            {mapping && data && (
              <FieldMappingDialog
                columns={data.summary.columns}
                mapping={data.summary.mapping}
                onApply={(fields) => {
                  setMapping(false);
                  update((s) => ({ ...s, fields, sel: null }), 'push');
                }}
                onClose={() => {
                  setMapping(false);
                }}
              />
            )}
            {/* Shown while loading too, so the map starts while the dataset streams in. */}
            <Dashboard
              key={dataUrl}
              store={store ?? emptyStore}
              loading={data === undefined ? { read } : null}
              state={state}
              update={update}
            />
          </>
        )}
      </main>
    </div>
  );
}

function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

function summarise(store: EventStore): string {
  const events = `${store.size.toLocaleString('en')} event${store.size === 1 ? '' : 's'}`;
  if (store.minYear === 0) return events;
  const years =
    store.minYear === store.maxYear ? `${store.minYear}` : `${store.minYear}–${store.maxYear}`;
  return `${events} · ${years}`;
}

function gapsOf(store: EventStore): string | null {
  let unplaced = 0;
  let undated = 0;
  for (let i = 0; i < store.size; i++) {
    if (Number.isNaN(store.lon[i])) unplaced++;
    if (store.year[i] === 0) undated++;
  }
  const parts = [
    unplaced > 0 ? `${unplaced.toLocaleString('en')} not on map` : '',
    undated > 0 ? `${undated.toLocaleString('en')} undated` : '',
  ].filter((s) => s !== '');
  return parts.length > 0 ? parts.join(' · ') : null;
}
