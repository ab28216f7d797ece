// .json (one object, or an array of objects) and .jsonl (one object per line) → raw article
// records. A bad record is reported on its own; the other records are kept.
import { parseJson } from './parse-json.ts';

export interface RawRecord {
  /** `name.json` for a single object, `name.json#3` (1-based index) or `name.jsonl#3` (line). */
  ref: string;
  title: string | null;
  text: string;
  published: string | null;
  url: string | null;
  outlet: string | null;
}

export interface RecordError {
  ref: string;
  error: string;
}

export interface JsonArticles {
  records: RawRecord[];
  errors: RecordError[];
  /** Set when the file as a whole is unusable (not JSON, not an object or array). */
  fileError: string | null;
}

export function readJsonArticles(file: string, text: string): JsonArticles {
  const parsed = parseJson(text);
  if (!parsed.ok) return { records: [], errors: [], fileError: parsed.error };
  const { value } = parsed;
  if (Array.isArray(value)) {
    const result: JsonArticles = { records: [], errors: [], fileError: null };
    if (value.length === 0) result.fileError = 'empty array: no article records';
    value.forEach((item: unknown, index) => {
      collect(result, `${file}#${index + 1}`, item);
    });
    return result;
  }
  const result: JsonArticles = { records: [], errors: [], fileError: null };
  if (!isObject(value)) {
    result.fileError = 'expected an article object or an array of them';
  } else {
    collect(result, file, value);
    const first = result.errors[0];
    if (result.records.length === 0 && first !== undefined) {
      return { records: [], errors: [], fileError: first.error };
    }
  }
  return result;
}

export function readJsonlArticles(file: string, text: string): JsonArticles {
  const result: JsonArticles = { records: [], errors: [], fileError: null };
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const ref = `${file}#${index + 1}`;
    const parsed = parseJson(line);
    if (parsed.ok) collect(result, ref, parsed.value);
    else result.errors.push({ ref, error: parsed.error.replace(/line 1, /, '') });
  });
  if (result.records.length === 0 && result.errors.length === 0) {
    result.fileError = 'no JSON lines found';
  }
  return result;
}

function collect(result: JsonArticles, ref: string, item: unknown): void {
  const record = toRecord(ref, item);
  if (typeof record === 'string') result.errors.push({ ref, error: record });
  else result.records.push(record);
}

function toRecord(ref: string, item: unknown): RawRecord | string {
  if (!isObject(item)) return 'expected an object with "title" and "text"';
  const text = item.text ?? item.body ?? item.content;
  if (typeof text !== 'string' || text.trim() === '') return 'no "text" string: nothing to read';
  const fields = {
    title: item.title,
    published: item.published,
    url: item.url,
    outlet: item.outlet,
  };
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined && value !== null && typeof value !== 'string') {
      return `"${name}" must be a string or null`;
    }
  }
  return {
    ref,
    title: optional(fields.title),
    text: text.replace(/\r\n?/g, '\n'),
    published: optional(fields.published),
    url: optional(fields.url),
    outlet: optional(fields.outlet),
  };
}

function optional(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
