// A folder's sources.json: per-file url, outlet and publication date, keyed by file name.
// Extra fields (such as "note") are allowed and ignored. A broken entry loses only itself.
import { parseDateValue } from './date-value.ts';
import { parseJson } from './parse-json.ts';

export interface SourceMetadata {
  url: string | null;
  outlet: string | null;
  published: string | null;
}

export interface SourcesFile {
  /** Keyed by file name relative to the folder of the sources.json. */
  entries: Map<string, SourceMetadata>;
  warnings: string[];
  /** Set when the whole file is unusable: the folder is then read without metadata. */
  error: string | null;
}

export const SOURCES_FILE = 'sources.json';

export function readSources(text: string): SourcesFile {
  const entries = new Map<string, SourceMetadata>();
  const parsed = parseJson(text);
  if (!parsed.ok) return { entries, warnings: [], error: parsed.error };
  const root = parsed.value;
  if (!isObject(root)) {
    return { entries, warnings: [], error: 'expected an object keyed by file name' };
  }
  const warnings: string[] = [];
  for (const [file, value] of Object.entries(root)) {
    if (!isObject(value)) {
      warnings.push(`entry "${file}" is not an object: ignored`);
      continue;
    }
    const entry: SourceMetadata = { url: null, outlet: null, published: null };
    for (const field of ['url', 'outlet', 'published'] as const) {
      const raw = value[field];
      if (raw === undefined || raw === null) continue;
      if (typeof raw !== 'string') {
        warnings.push(`entry "${file}": "${field}" must be a string or null: ignored`);
        continue;
      }
      if (raw.trim() === '') continue;
      if (field !== 'published') {
        entry[field] = raw.trim();
        continue;
      }
      const date = parseDateValue(raw);
      if (date.error === null) entry.published = date.date;
      else warnings.push(`entry "${file}": published ${date.error}: ignored`);
    }
    entries.set(file, entry);
  }
  return { entries, warnings, error: null };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
