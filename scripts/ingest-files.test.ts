import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../src/core/ingest/input-limits.ts';
import { InputFolderError, listInputFiles, readInputFile } from './ingest-files.ts';

async function createTree(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'ingest-files-'));
  await mkdir(join(root, 'b-folder', 'deeper'), { recursive: true });
  await mkdir(join(root, '.git'));
  await writeFile(join(root, 'z.txt'), 'z');
  await writeFile(join(root, 'a.txt'), 'a');
  await writeFile(join(root, '.DS_Store'), 'x');
  await writeFile(join(root, '.git', 'HEAD'), 'x');
  await writeFile(join(root, 'b-folder', 'sources.json'), '{}');
  await writeFile(join(root, 'b-folder', 'deeper', 'c.md'), 'c');
  return root;
}

describe('listInputFiles', () => {
  it('lists files recursively in sorted order, with / separators, skipping hidden ones', async () => {
    expect(await listInputFiles(await createTree())).toEqual([
      'a.txt',
      'b-folder/deeper/c.md',
      'b-folder/sources.json',
      'z.txt',
    ]);
  });

  it('does not follow a symlinked folder', async () => {
    const root = await createTree();
    await symlink(join(root, 'b-folder'), join(root, 'loop'));
    expect(await listInputFiles(root)).not.toContain('loop/sources.json');
  });

  it('rejects a missing folder', async () => {
    await expect(listInputFiles('/nonexistent/articles')).rejects.toThrow(InputFolderError);
  });
});

describe('readInputFile', () => {
  it('reads the bytes of a file', async () => {
    const root = await createTree();
    const file = await readInputFile(root, 'b-folder/deeper/c.md');
    expect([
      file.size,
      file.readError,
      new TextDecoder().decode(file.bytes ?? new Uint8Array()),
    ]).toEqual([1, null, 'c']);
  });

  it('does not read a file over the size limit', async () => {
    const root = await createTree();
    await writeFile(join(root, 'big.txt'), new Uint8Array(INPUT_LIMITS.maxFileBytes + 1));
    const file = await readInputFile(root, 'big.txt');
    expect([file.bytes, file.size]).toEqual([null, INPUT_LIMITS.maxFileBytes + 1]);
  });

  it('says why a file cannot be read (gone since the listing)', async () => {
    const root = await createTree();
    expect((await readInputFile(root, 'vanished.txt')).readError).toBe('no such file or folder');
  });

  it('reports a folder named like a file as not a regular file', async () => {
    const root = await createTree();
    expect((await readInputFile(root, 'b-folder')).readError).toBe('not a regular file');
  });
});
