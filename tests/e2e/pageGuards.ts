import type { Page, TestInfo } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * Watches a page for what must never happen to a reader: console errors, uncaught
 * exceptions, failed requests, and any request that leaves the page's origin.
 * Call before navigating; call `check()` at the end of the test.
 */
export function guardPage(page: Page, baseURL: string | undefined) {
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
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
