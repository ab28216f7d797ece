// Newline-delimited GeoJSON (or JSON objects): one feature per line; a bad line is skipped and
// named, the others kept.
import { featureRecord, textStream, type FormatReader, type RecordSink } from './format-reader.ts';

export function ndjsonReader(emit: RecordSink): FormatReader {
  let rest = '';
  let line = 0;
  const take = (text: string): void => {
    line++;
    if (text.trim() === '') return;
    try {
      emit(featureRecord(JSON.parse(text)));
    } catch {
      emit({ skip: `line ${String(line)} is not JSON` });
    }
  };
  const text = textStream((t) => {
    const lines = (rest + t).split('\n');
    rest = lines.pop() ?? '';
    for (const l of lines) take(l);
  });
  return {
    push: text.push,
    end: () => {
      text.end();
      take(rest);
      return Promise.resolve();
    },
  };
}
