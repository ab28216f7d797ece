// Runs one bench function in a process of its own (fresh heap, its own Node flags) and writes its
// results as JSON to a file: node --experimental-strip-types bench/child.ts <module> <export>
// <args as JSON array> <output file>
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [modulePath, exportName, argsJson, outFile] = process.argv.slice(2);
if (
  modulePath === undefined ||
  exportName === undefined ||
  argsJson === undefined ||
  outFile === undefined
) {
  throw new Error('usage: child.ts <module> <export> <args-json> <out-file>');
}
const loaded = (await import(pathToFileURL(resolve(modulePath)).href)) as Record<string, unknown>;
const bench = loaded[exportName];
if (typeof bench !== 'function')
  throw new Error(`${modulePath} does not export a function ${exportName}`);
const results: unknown = await (bench as (...args: unknown[]) => Promise<unknown>)(
  ...(JSON.parse(argsJson) as unknown[]),
);
await writeFile(outFile, JSON.stringify(results));
