import type { Browser, BrowserContextOptions, CDPSession, Page } from '@playwright/test';

/**
 * Every benchmark page: a laptop-sized window, and no offline worker, which would download
 * the whole book in the background of the first visit and disturb what is measured (the
 * bytes a first visit needs are the page's own; the worker's precache is reported apart).
 */
export const BENCH_CONTEXT: BrowserContextOptions = {
  viewport: { width: 1280, height: 900 },
  serviceWorkers: 'block',
};

/**
 * Runs `measure` on a fresh page in its own context (closed afterwards, whatever happens),
 * with the CPU throttled `cpuThrottle` times when given.
 */
export async function withBenchPage<T>(
  browser: Browser,
  measure: (page: Page, cdp: CDPSession) => Promise<T>,
  cpuThrottle?: number,
): Promise<T> {
  const context = await browser.newContext(BENCH_CONTEXT);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (cpuThrottle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    return await measure(page, cdp);
  } finally {
    await context.close();
  }
}
