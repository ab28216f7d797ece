// readEvents (src/core/read-events.ts, same messages) for a dataset that arrives as text chunks: the same checks,
// the same skip-and-count of bad features, handed on in batches as they are read, so the caller
// never holds the whole text and can pass features on while the rest is still downloading.
import type { EventFeature } from '../core/event.ts';
import { readCompleteFeature } from '../core/read-event-fast.ts';
import { InvalidDatasetError, readFeature, type SkippedFeature } from '../core/read-events.ts';
import { FeatureSplitter } from './feature-splitter.ts';

export interface StreamSummary {
  /** Features kept, over all batches. */
  kept: number;
  skipped: number;
  /** The first skipped features with their reasons (capped like readEvents). */
  problems: SkippedFeature[];
}

/** What a reader of one part of the file (byte-parts.ts) found, for the parts to be joined. */
export interface PartSummary extends StreamSummary {
  /** The collection's `type` member, when this part held it. */
  collectionType: unknown;
  /** The part ended between two features, after a comma: the next part can be read on its own. */
  betweenFeatures: boolean;
}

export interface EventsStreamReader {
  push: (text: string) => void;
  /** The text is complete: hands on the last batch and returns the totals. */
  end: () => StreamSummary;
  /**
   * This reader's part of the text is complete: hands on the last batch and returns its totals,
   * with no check of the collection as a whole. `last`: the part ends where the text does.
   */
  endPart: (last: boolean) => PartSummary;
  /** The ids of the features kept so far. */
  readonly ids: ReadonlySet<string>;
}

export interface StreamReaderOptions {
  /** Skipped features whose reasons are kept. */
  maxReasons?: number;
  /** The text starts inside the features array, after a comma (a later part of a file). */
  inFeatures?: boolean;
}

export const notACollection =
  'Not a GeoJSON FeatureCollection: expected {"type": "FeatureCollection", "features": [...]}.';

export function createEventsStreamReader(
  batchSize: number,
  onBatch: (features: EventFeature[]) => void,
  options: StreamReaderOptions = {},
): EventsStreamReader {
  const { maxReasons = 100, inFeatures = false } = options;
  let batch: EventFeature[] = [];
  let kept = 0;
  let index = 0;
  let skipped = 0;
  let type: unknown;
  const problems: SkippedFeature[] = [];
  const seen = new Set<string>();

  const flush = (): void => {
    if (batch.length === 0) return;
    onBatch(batch);
    batch = [];
  };
  const skip = (id: string | null, reason: string): void => {
    skipped++;
    if (problems.length < maxReasons) problems.push({ index, id, reason });
  };
  const take = (features: readonly EventFeature[]): void => {
    for (const f of features) {
      batch.push(f);
      kept++;
      if (batch.length >= batchSize) flush();
    }
  };

  const splitter = new FeatureSplitter(
    {
      feature: (raw) => {
        const feature = readCompleteFeature(raw) ?? readFeature(raw);
        if (typeof feature === 'string') skip(readableId(raw), feature);
        else if (seen.has(feature.properties.id)) {
          skip(feature.properties.id, `duplicate id "${feature.properties.id}"`);
        } else {
          seen.add(feature.properties.id);
          take([feature]);
        }
        index++;
      },
      member: (key, value) => {
        if (key !== 'type') return;
        type = value;
        if (type !== 'FeatureCollection') throw new InvalidDatasetError(notACollection);
      },
      whole: () => {
        throw new InvalidDatasetError(notACollection);
      },
    },
    { inFeatures },
  );

  return {
    push: (text) => {
      splitter.push(text);
    },
    end: () => {
      splitter.end();
      if (type !== 'FeatureCollection' || !splitter.sawFeatures) {
        throw new InvalidDatasetError(notACollection);
      }
      flush();
      return { kept, skipped, problems };
    },
    endPart: (last) => {
      if (last) splitter.end();
      flush();
      return {
        kept,
        skipped,
        problems,
        collectionType: type,
        betweenFeatures: splitter.betweenFeatures,
      };
    },
    ids: seen,
  };
}

function readableId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('properties' in raw)) return null;
  const props = raw.properties;
  if (typeof props !== 'object' || props === null || !('id' in props)) return null;
  return typeof props.id === 'string' && props.id !== '' ? props.id : null;
}
