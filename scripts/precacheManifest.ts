import { createHash } from 'node:crypto';

/** One file of the build: its path inside the output folder and its content. */
export type BuiltFile = { fileName: string; source: string | Uint8Array };

/** What the service worker needs to know about the build. */
export type PrecacheManifest = {
  /** Every file to precache, as a URL relative to the worker (sorted, percent-encoded). */
  urls: string[];
  /** A name that changes whenever any file's name or content changes. */
  cacheName: string;
};

export const CACHE_PREFIX = 'membrane-potential-';

/**
 * The precache list and cache name for a build. Pure: the same files give the same
 * manifest, whatever their order.
 *
 * Every file is listed except the worker itself (it is fetched by the browser, not from a
 * cache), source maps (never requested by a reader) and Vite's own `.vite/` metadata.
 *
 * The cache name hashes each file's content as well as its name: hashed chunk names
 * already change with their content, but index.html, the manifest and the icons keep
 * their names, and an edit to one of them must still make a new worker (a new sw.js, which
 * is what the browser compares) with a new cache, so readers get it.
 */
export function precacheManifest(files: readonly BuiltFile[], workerFileName = 'sw.js') {
  const byName = new Map<string, BuiltFile['source']>();
  for (const { fileName, source } of files) {
    const name = fileName.replaceAll('\\', '/').replace(/^\.?\//, '');
    if (name === workerFileName || name.endsWith('.map') || name.startsWith('.vite/')) continue;
    // A public file with the name of an emitted one is overwritten by it on disk: first wins.
    if (!byName.has(name)) byName.set(name, source);
  }
  const names = [...byName.keys()].sort();
  const hash = createHash('sha256');
  for (const name of names) {
    const content = createHash('sha256').update(byName.get(name)!).digest('hex');
    hash.update(`${name}\0${content}\n`);
  }
  return {
    urls: names.map(relativeUrl),
    cacheName: CACHE_PREFIX + hash.digest('hex').slice(0, 16),
  } satisfies PrecacheManifest;
}

/** A file path as a relative URL: each segment percent-encoded ("a b#1.svg" → "a%20b%231.svg"). */
export function relativeUrl(fileName: string): string {
  return fileName.split('/').map(encodeURIComponent).join('/');
}
