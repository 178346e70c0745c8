import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { precacheManifest, type BuiltFile } from './precacheManifest.ts';

const WORKER_FILE = 'sw.js';
const TEMPLATE = new URL('./sw-template.js', import.meta.url);

/**
 * A Vite plugin (build only) that writes `sw.js` into the output folder: the service
 * worker of scripts/sw-template.js, preceded by the list of every file of the build
 * (chunks, CSS, index.html, and what public/ holds: icons, the web app manifest) and a
 * cache name that changes with any of them. src/book/registerServiceWorker.ts registers it.
 *
 * It runs after Vite's own plugins (enforce: 'post'), so that index.html is already in
 * the bundle when the list is made.
 */
export function serviceWorkerPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'membrane-potential:service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      const files: BuiltFile[] = Object.values(bundle).map((output) => ({
        fileName: output.fileName,
        source: output.type === 'chunk' ? output.code : output.source,
      }));
      // public/ is copied into the output folder by Vite itself, outside the bundle.
      if (config.publicDir && existsSync(config.publicDir) && config.build.copyPublicDir) {
        files.push(...filesUnder(config.publicDir));
      }
      const { urls, cacheName } = precacheManifest(files, WORKER_FILE);
      this.emitFile({
        type: 'asset',
        fileName: WORKER_FILE,
        source: workerSource(urls, cacheName),
      });
    },
  };
}

function workerSource(urls: string[], cacheName: string): string {
  return [
    `// Written by scripts/serviceWorkerPlugin.ts from scripts/sw-template.js; do not edit.`,
    `const CACHE_NAME = ${JSON.stringify(cacheName)};`,
    `const PRECACHE = ${JSON.stringify(urls, null, 2)};`,
    '',
    readFileSync(TEMPLATE, 'utf8'),
  ].join('\n');
}

/** Every file under a folder (recursively), named by its path relative to the folder. */
function filesUnder(folder: string, root = folder): BuiltFile[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path, root);
    return entry.isFile() ? [{ fileName: relative(root, path), source: readFileSync(path) }] : [];
  });
}
