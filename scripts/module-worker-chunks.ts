// `import url from './x.worker.ts?module-worker'` gives the URL of a module worker script that is
// built as one more entry of the app's own build. Vite's `new Worker(new URL(...))` builds each
// worker on its own, so every module a worker shares with the page (or with another worker) was
// shipped once per script; built as entries, they share those chunks.
import type { Plugin } from 'vite';

const suffix = '?module-worker';
const prefix = '\0module-worker:';

export function moduleWorkerChunks(): Plugin {
  let serving = false;
  // Chunk name -> script path. The path stays out of the module id: an id that looks like a file
  // under node_modules is one Vitest would hand to Node's own loader.
  const scripts = new Map<string, string>();
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
      const base = specifier
        .replace(/^(\.{1,2}\/)+/, '')
        .replace(/\.[cm]?[jt]s$/, '')
        .replaceAll('/', '-');
      let name = base;
      for (let n = 2; scripts.has(name) && scripts.get(name) !== script.id; n++) {
        name = `${base}-${String(n)}`;
      }
      scripts.set(name, script.id);
      return `${prefix}${name}`;
    },
    load(id) {
      if (!id.startsWith(prefix)) return undefined;
      const name = id.slice(prefix.length);
      const script = scripts.get(name);
      if (script === undefined) return undefined;
      // The dev server transforms and serves any file it may read under /@fs/.
      if (serving) return `export default ${JSON.stringify(`/@fs${script}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: script, name });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
