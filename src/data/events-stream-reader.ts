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

export interface EventsStreamReader {
  push: (text: string) => void;
  /** The text is complete: hands on the last batch and returns the totals. */
  end: () => StreamSummary;
}

const notACollection =
  'Not a GeoJSON FeatureCollection: expected {"type": "FeatureCollection", "features": [...]}.';

export function createEventsStreamReader(
  batchSize: number,
  onBatch: (features: EventFeature[]) => void,
  maxReasons = 100,
): EventsStreamReader {
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

  const splitter = new FeatureSplitter({
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
  });

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
  };
}

function readableId(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('properties' in raw)) return null;
  const props = raw.properties;
  if (typeof props !== 'object' || props === null || !('id' in props)) return null;
  return typeof props.id === 'string' && props.id !== '' ? props.id : null;
}
