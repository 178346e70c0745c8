/**
 * Registers the service worker that keeps the whole book for reading offline (sw.js,
 * written into the build by scripts/serviceWorkerPlugin.ts).
 *
 * Only in a production build: the dev server has no sw.js, and a worker would serve stale
 * modules while editing. The URL and scope are relative to the page, so the book works
 * from any folder of any host. It waits for the page's load event, so the first visit's
 * own files come first. Nothing here may break the page: with no service worker API
 * (an old browser, a file:// page, a sandboxed iframe, a browser that blocks them), or
 * when registration fails, the book simply works online only, and says so in one
 * console.info line.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD) return;
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

function register(): void {
  try {
    // Reading navigator.serviceWorker itself throws in a sandboxed iframe.
    if (!('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(offlineUnavailable);
  } catch (error) {
    offlineUnavailable(error);
  }
}

function offlineUnavailable(error: unknown): void {
  console.info('Membrane Potential: reading offline is not available here.', error);
}
