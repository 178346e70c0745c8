/* The book's service worker: after one online visit, the whole book works offline.
 *
 * scripts/serviceWorkerPlugin.ts writes it into the build as sw.js, with two constants
 * in front of this text: CACHE_NAME (changes with any file of the build) and PRECACHE
 * (every file of the build, as URLs relative to this worker).
 *
 * - install: fetch every file into a new cache. The worker does not take over early
 *   (no skipWaiting): a page opened under the previous build keeps being served that
 *   build's files, so its lazily loaded chapters and widgets still match it, even after
 *   the host has deleted them.
 * - activate: delete this copy's older caches, and take control of open pages, so a
 *   first visit is served from the cache from then on.
 * - fetch: only same-origin GET requests, and of those only the files of the build;
 *   everything else goes to the network as if there were no worker. The HTML is asked
 *   of the network first (so an updated book shows up), and from the cache when offline
 *   or slow; every other file comes from the cache first (its name changes with its
 *   content, so a cached copy is never stale), else from the network.
 */
/* global self, caches, fetch, Response, URL, setTimeout, CACHE_NAME, PRECACHE */

// Caches belong to the origin, not to a folder: two copies of the book on one host (say
// /2025/ and /2026/) must not delete each other's cache, so the name carries the scope.
const SCOPE = self.registration.scope;
const CACHE = `${CACHE_NAME} ${SCOPE}`;
const isOlderCacheOfThisCopy = (name) =>
  name !== CACHE && name.startsWith('membrane-potential-') && name.endsWith(` ${SCOPE}`);

const PRECACHED = new Set(PRECACHE.map((path) => new URL(path, self.location.href).href));
const INDEX = new URL('index.html', self.location.href).href;

// On bad Wi-Fi a request can hang for a minute; after this long the cached page is shown.
const NETWORK_TIMEOUT_MS = 3000;

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    [...PRECACHED].map(async (url) => {
      // 'no-cache' revalidates with the server, so the files whose names do not change
      // (index.html, the manifest, the icons) are not an older copy from the HTTP cache.
      const response = await fetch(url, { cache: 'no-cache' });
      // One missing file fails the install; the browser tries again on a later visit.
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      await cache.put(url, response.redirected ? await withoutRedirect(response) : response);
    }),
  );
}

/**
 * Some hosts redirect index.html to the folder ("clean URLs"). A response marked as
 * redirected may not answer a navigation, so keep a plain copy of it.
 */
async function withoutRedirect(response) {
  const { status, statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter(isOlderCacheOfThisCopy).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const address = url.origin + url.pathname;
  if (request.mode === 'navigate' && (address === SCOPE || address === INDEX)) {
    event.respondWith(bookPage(request));
  } else if (PRECACHED.has(address)) {
    event.respondWith(cacheFirst(request, address));
  }
  // Anything else: no respondWith, so the browser fetches it as usual.
});

/** The HTML: from the network when it answers in time, else the cached index.html. */
async function bookPage(request) {
  const network = fetch(request).catch(() => undefined);
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS));
  const response = await Promise.race([network, timeout]);
  if (response?.ok) return response;
  // Not a runtime put: a newer index.html beside this cache's older chunks would
  // break the next offline visit. The cache changes only with a new worker.
  const cached = await cachedCopy(INDEX);
  return cached ?? response ?? (await network) ?? Response.error();
}

/** A file of the build: from the cache, else from the network. */
async function cacheFirst(request, address) {
  return (await cachedCopy(address)) ?? fetch(request);
}

async function cachedCopy(address) {
  const cache = await caches.open(CACHE);
  // ignoreVary: entries are keyed by URL alone; a host's "Vary" header must not make a
  // stored file miss.
  return cache.match(address, { ignoreVary: true });
}
