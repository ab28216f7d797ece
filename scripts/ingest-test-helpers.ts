// Shared by the ingest CLI tests: a temporary input folder and an in-process run of the CLI that
// captures stderr. Every test builds its own folder (no shared mutable fixtures).
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadGazetteer } from './load-gazetteer.ts';
import { main } from './ingest.ts';

export interface CliRun {
  code: number;
  stderr: string;
}

/** Writes `files` (path → text or bytes) into a fresh temporary folder and returns its path. */
export async function createInputFolder(
  files: Record<string, string | Uint8Array>,
): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'ingest-test-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, 'in', path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, content);
  }
  await mkdir(join(root, 'in'), { recursive: true });
  return root;
}

/** Runs the CLI in-process; `isTTY` pretends stderr is a terminal (for the progress bar). */
export async function runCli(args: string[], isTTY = false): Promise<CliRun> {
  let stderr = '';
  const code = await main(args, {
    stderr: {
      isTTY,
      columns: 100,
      write: (text: string) => {
        stderr += text;
        return true;
      },
    },
    gazetteer: loadGazetteer,
  });
  return { code, stderr };
}
