// Builds MapLibre from the TypeScript source its npm package ships, instead of its two prebuilt
// files. The prebuilt page and worker files each carry their own copy of the code they share (the
// style spec, geometry, buckets, ...: ~96 % of the worker's source), so the app shipped that code
// twice. Built here, `maplibre-gl/worker?module-worker` (module-worker-chunks.ts) is one more
// entry of the app's build and shares those chunks with the map.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { transformWithOxc, type Plugin } from 'vite';

const packageFile = createRequire(import.meta.url).resolve('maplibre-gl/package.json');
const sourceDir = join(dirname(packageFile), 'src');
const { dependencies = {} } = JSON.parse(readFileSync(packageFile, 'utf8')) as {
  dependencies?: Record<string, string>;
};

/** Fails the build, saying what to do, when the installed maplibre-gl ships no source. */
export function checkSourceShipped(dir: string): void {
  for (const file of ['index.ts', join('source', 'worker.ts')]) {
    if (!existsSync(join(dir, file))) {
      throw new Error(
        `maplibre-gl: ${join(dir, file)} is missing. This build compiles MapLibre from the ` +
          'source its npm package ships (scripts/maplibre-from-source.ts); install a version that ' +
          'ships src/ (6.17 does), or take the plugin out of vite.config.ts to use the prebuilt files.',
      );
    }
  }
}

function isMapLibreSource(id: string): boolean {
  return id.startsWith(sourceDir + sep) && /\.ts$/.test(id.split('?')[0] ?? id);
}

/**
 * With `prebuilt`, `maplibre-gl/worker` names the prebuilt worker and the rest is left as npm
 * ships it: for tests without WebGL, where loading ~300 source modules only slows the first test
 * that renders the map.
 */
export function maplibreFromSource({ prebuilt = false } = {}): Plugin {
  return {
    name: 'event-atlas-maplibre-from-source',
    enforce: 'pre',
    config() {
      if (prebuilt) {
        const worker = join(dirname(packageFile), 'dist', 'maplibre-gl-worker.mjs');
        return { resolve: { alias: [{ find: /^maplibre-gl\/worker$/, replacement: worker }] } };
      }
      checkSourceShipped(sourceDir);
      return {
        resolve: {
          alias: [
            { find: /^maplibre-gl$/, replacement: join(sourceDir, 'index.ts') },
            { find: /^maplibre-gl\/worker$/, replacement: join(sourceDir, 'source', 'worker.ts') },
          ],
        },
        // Vite's own TypeScript step would apply this project's tsconfig to MapLibre's files, and
        // the dev server's pre-bundling would skip the transform below: both are left to it.
        oxc: { exclude: [/\.js$/, /[\\/]node_modules[\\/]maplibre-gl[\\/]src[\\/]/] },
        optimizeDeps: {
          exclude: ['maplibre-gl', 'maplibre-gl/worker'],
          include: Object.keys(dependencies).filter((name) => !name.startsWith('@types/')),
        },
      };
    },
    transform(code, id) {
      return !prebuilt && isMapLibreSource(id) ? transformMapLibreSource(code, id) : undefined;
    },
  };
}

/**
 * MapLibre's own build assigns class fields (TypeScript's useDefineForClassFields: false);
 * defining them instead would reset to undefined a field that a base class constructor has set.
 */
export async function transformMapLibreSource(code: string, id: string) {
  const result = await transformWithOxc(code, id, {
    lang: 'ts',
    tsconfig: { compilerOptions: { useDefineForClassFields: false } },
  });
  return { code: result.code, map: result.map };
}
