import type { BrowserContextOptions } from '@playwright/test';

/**
 * Every benchmark page: a laptop-sized window, and no offline worker, which would download
 * the whole book in the background of the first visit and disturb what is measured (the
 * bytes a first visit needs are the page's own; the worker's precache is reported apart).
 */
export const BENCH_CONTEXT: BrowserContextOptions = {
  viewport: { width: 1280, height: 900 },
  serviceWorkers: 'block',
};
