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
      const script = await this.resolve(source.slice(0, -suffix.length), importer, {
        skipSelf: true,
      });
      if (script === null) {
        this.error(`${source}: no worker script at that path (imported by ${String(importer)})`);
      }
      const name = source
        .slice(0, -suffix.length)
        .replace(/^(\.{1,2}\/)+/, '')
        .replace(/\.[cm]?[jt]s$/, '')
        .replaceAll('/', '-');
      return `${prefix}${name}:${script.id}`;
    },
    load(id) {
      if (!id.startsWith(prefix)) return undefined;
      const [name, script] = splitOnce(id.slice(prefix.length), ':');
      // The dev server transforms and serves any file it may read under /@fs/.
      if (serving) return `export default ${JSON.stringify(`/@fs${script}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: script, name });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return [text.slice(0, at), text.slice(at + separator.length)];
}
