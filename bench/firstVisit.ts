import { gzipSync } from 'node:zlib';
import type { Browser, Response } from '@playwright/test';
import { withBenchPage } from './context';

export type FirstVisit = {
  /** gzip bytes the page itself fetched on a first visit, by kind */
  js: number;
  css: number;
  fonts: number;
  /** everything else: the HTML, icons, the manifest */
  other: number;
  total: number;
  /** ms from navigation to the first widget control in the page, CPU throttled; null without one */
  firstInteractiveMs: number | null;
};

/** Records when the first slider appears: a rendered slider has its handlers attached. */
const FIRST_CONTROL = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('input[type=range]')) {
      window.__firstControl = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

const KIND: Record<string, 'js' | 'css' | 'fonts'> = {
  script: 'js',
  stylesheet: 'css',
  font: 'fonts',
};

/**
 * A first visit to `url` in a fresh context with the CPU throttled: the bytes of every
 * response the page requested (gzip, as a server would send them; requests a service
 * worker makes to fill its cache are its own, not the page's), and the time until its
 * first widget control is on the page.
 */
export function firstVisit(
  browser: Browser,
  url: string,
  cpuThrottle: number,
  hasControl: boolean,
) {
  return withBenchPage(
    browser,
    async (page) => {
      await page.addInitScript(FIRST_CONTROL);
      const bodies: { kind: keyof FirstVisit; body: Promise<Buffer | null> }[] = [];
      page.on('response', (response: Response) => {
        const kind = KIND[response.request().resourceType()] ?? 'other';
        // Redirects and responses still arriving when the page is closed have no body.
        bodies.push({ kind, body: response.body().catch(() => null) });
      });
      await page.goto(url);
      // A throttled page can be quiet on the network while it parses, before it asks for
      // its page's or its widget's code (each a chunk loaded on demand): wait for the page
      // itself, and for the control.
      await page.locator('main#main').waitFor();
      if (hasControl) await page.locator('input[type=range]').first().waitFor();
      await page.waitForLoadState('networkidle');
      const firstInteractiveMs = (await page.evaluate('window.__firstControl ?? null')) as
        number | null;
      const visit: FirstVisit = { js: 0, css: 0, fonts: 0, other: 0, total: 0, firstInteractiveMs };
      for (const { kind, body } of bodies) {
        const content = await body;
        if (!content) continue;
        const bytes = gzipSync(content).length;
        (visit[kind] as number) += bytes;
        visit.total += bytes;
      }
      return visit;
    },
    cpuThrottle,
  );
}
