// Lists and reads the input folder for the ingest: recursive (each folder may carry its own
// sources.json), hidden files and folders skipped, symlinked folders not followed, sorted paths.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { INPUT_LIMITS } from '../src/core/ingest/input-limits.ts';
import type { InputFile } from '../src/core/ingest/read-input.ts';

export class InputFolderError extends Error {
  override name = 'InputFolderError';
}

export async function listInputFiles(root: string): Promise<string[]> {
  const info = await stat(root).catch((error: unknown) => {
    throw new InputFolderError(`cannot read input folder "${root}": ${reason(error)}`);
  });
  if (!info.isDirectory()) throw new InputFolderError(`input "${root}" is not a folder`);
  const paths: string[] = [];
  const walk = async (folder: string, prefix: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
      throw new InputFolderError(`cannot read input folder "${folder}": ${reason(error)}`);
    });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = prefix + entry.name;
      if (entry.isDirectory()) await walk(join(folder, entry.name), `${path}/`);
      else if (entry.isFile() || entry.isSymbolicLink()) paths.push(path);
    }
  };
  await walk(root, '');
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Reads one file, or says why not; files over the size limit are not read at all. */
export async function readInputFile(root: string, path: string): Promise<InputFile> {
  const full = join(root, ...path.split('/'));
  try {
    const info = await stat(full);
    if (!info.isFile()) return { path, size: 0, bytes: null, readError: 'not a regular file' };
    if (info.size > INPUT_LIMITS.maxFileBytes)
      return { path, size: info.size, bytes: null, readError: null };
    const bytes = new Uint8Array(await readFile(full));
    return { path, size: bytes.length, bytes, readError: null };
  } catch (error) {
    return { path, size: 0, bytes: null, readError: reason(error) };
  }
}

function reason(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    const known: Record<string, string> = {
      ENOENT: 'no such file or folder',
      EACCES: 'permission denied',
      ENOTDIR: 'not a folder',
      EISDIR: 'is a folder',
    };
    return known[error.code] ?? error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
