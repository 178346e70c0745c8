import type { Page, TestInfo } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * Watches a page for what must never happen to a reader: console errors, uncaught
 * exceptions, failed requests, and any request that leaves the page's origin.
 * Call before navigating; call `check()` at the end of the test.
 */
export function guardPage(page: Page, baseURL: string | undefined) {
  requestsInFlight(page);
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    // Chromium fetches the favicon again whenever the URL changes (a widget page rewrites
    // its URL as its state changes) and cancels the fetch still under way: its own abort,
    // which a reader never sees. Any other failure, of the favicon too, counts.
    if (error === 'net::ERR_ABORTED' && new URL(request.url()).pathname.endsWith('/favicon.svg')) {
      return;
    }
    problems.push(`request failed: ${request.url()} (${error})`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
      problems.push(`request left the origin: ${url}`);
    }
  });
  return {
    check(testInfo?: TestInfo) {
      if (problems.length && testInfo) {
        void testInfo.attach('problems', { body: problems.join('\n') });
      }
      expect(problems, problems.join('\n')).toEqual([]);
    },
  };
}

const inFlight = new WeakMap<Page, Set<unknown>>();

/** The page's requests still under way, tracked from the first call on (guardPage makes it). */
export function requestsInFlight(page: Page): Set<unknown> {
  let pending = inFlight.get(page);
  if (!pending) {
    const set = new Set<unknown>();
    page.on('request', (request) => set.add(request));
    page.on('requestfinished', (request) => set.delete(request));
    page.on('requestfailed', (request) => set.delete(request));
    inFlight.set(page, set);
    pending = set;
  }
  return pending;
}

/**
 * Waits until the page's own requests are done, so that leaving or reloading it does not
 * abort them and read as a failed request (waiting for the condition, not for half a
 * second of network silence). Chromium fetches the favicon again whenever the URL
 * changes, and a widget page rewrites its URL 250 ms after each change of state: that is
 * stopped first, on this page that is about to go.
 */
async function settleRequests(page: Page): Promise<void> {
  const pending = requestsInFlight(page);
  await page.evaluate(() => {
    window.history.replaceState = () => undefined;
  });
  await expect.poll(() => pending.size, { timeout: 5_000, intervals: [25, 50, 100] }).toBe(0);
}

/** Leaves the page for about:blank once its own requests are done. */
export async function leavePage(page: Page): Promise<void> {
  requestsInFlight(page);
  if (page.url() === 'about:blank') return;
  await settleRequests(page);
  await page.goto('about:blank');
}

/** Reloads the page once its own requests are done. */
export async function reloadPage(page: Page): Promise<void> {
  await settleRequests(page);
  await page.reload();
}
