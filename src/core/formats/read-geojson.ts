// GeoJSON: a FeatureCollection (streamed feature by feature: a million events are more text than
// V8's longest string), a bare array of features, or a single Feature.
import { FeatureSplitter } from '../feature-splitter.ts';
import {
  featureRecord,
  InvalidDatasetError,
  textStream,
  type FormatReader,
  type RecordSink,
} from './format-reader.ts';

export const notGeoJson =
  'Not GeoJSON: expected {"type": "FeatureCollection", "features": [...]}, a Feature, or one feature per line.';

export function geojsonReader(emit: RecordSink): FormatReader {
  const members: Record<string, unknown> = {};
  const splitter = new FeatureSplitter({
    feature: (value) => {
      emit(featureRecord(value));
    },
    member: (key, value) => {
      members[key] = value;
      if (key === 'type' && value !== 'FeatureCollection' && value !== 'Feature') {
        throw new InvalidDatasetError(notGeoJson);
      }
    },
    whole: (value) => {
      if (!Array.isArray(value)) throw new InvalidDatasetError(notGeoJson);
      for (const f of value as unknown[]) emit(featureRecord(f));
    },
  });
  const text = textStream((t) => {
    splitter.push(t);
  });
  return {
    push: text.push,
    end: () => {
      text.end();
      splitter.end();
      if (members.type === 'Feature') emit(featureRecord(members));
      else if (members.type !== undefined && !splitter.sawFeatures) {
        throw new InvalidDatasetError(notGeoJson);
      } else if (members.type === undefined && Object.keys(members).length > 0) {
        throw new InvalidDatasetError(notGeoJson);
      }
      return Promise.resolve();
    },
  };
}
