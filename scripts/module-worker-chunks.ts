// `import url from './x.worker.ts?module-worker'` gives the URL of a module worker script that is
// built as one more entry of the app's own build. Vite's `new Worker(new URL(...))` builds each
// worker on its own, so every module a worker shares with the page (or with another worker) was
// shipped once per script; built as entries, they share those chunks.
import type { Plugin } from 'vite';

const suffix = '?module-worker';
const prefix = '\0module-worker:';

export function moduleWorkerChunks(): Plugin {
  let serving = false;
  return {
    name: 'event-atlas-module-worker-chunks',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async resolveId(source, importer) {
      if (!source.endsWith(suffix)) return undefined;
      const specifier = source.slice(0, -suffix.length);
      const script = await this.resolve(specifier, importer, { skipSelf: true });
      if (script === null) {
        this.error(`${source}: no worker script at that path (imported by ${String(importer)})`);
      }
      return workerId(chunkName(specifier), script.id);
    },
    load(id) {
      const worker = workerOf(id);
      if (worker === undefined) return undefined;
      const { name, script } = worker;
      // The dev server transforms and serves any file it may read under /@fs/.
      if (serving) return `export default ${JSON.stringify(`/@fs${script}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: script, name });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}

/** `./data/parse.worker.ts` -> `data-parse.worker`, `maplibre-gl/worker` -> `maplibre-gl-worker`. */
function chunkName(specifier: string): string {
  return specifier
    .replace(/^(\.{1,2}\/)+/, '')
    .replace(/\.[cm]?[jt]s$/, '')
    .replace(/[^\w.-]+/g, '-');
}

// The script's path is escaped in the module id: an id that looks like a file under node_modules
// is one Vitest hands to Node's own loader.
function workerId(name: string, script: string): string {
  return `${prefix}${name}:${encodeURIComponent(script)}`;
}

function workerOf(id: string): { name: string; script: string } | undefined {
  if (!id.startsWith(prefix)) return undefined;
  const rest = id.slice(prefix.length);
  const colon = rest.indexOf(':');
  return { name: rest.slice(0, colon), script: decodeURIComponent(rest.slice(colon + 1)) };
}
