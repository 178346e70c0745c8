import { expect, test, type BrowserContextOptions, type Page } from '@playwright/test';
import { openChapter, WRITTEN_CHAPTERS } from './book';
import { activeWorkerScope, builtFiles } from './builtSite';
import { guardPage, leavePage, reloadPage } from './pageGuards';
import { mainOutput, openWidget, WIDGETS } from './widgets';

// Service workers need a secure context; http://127.0.0.1 is one.
test.use({ serviceWorkers: 'allow' });

const NERNST = WIDGETS.find((widget) => widget.id === 'nernst')!;

/** Waits until the book's service worker is active and controls the page. */
async function waitForWorker(page: Page): Promise<void> {
  expect(await activeWorkerScope(page)).toBe(new URL(page.url()).href.replace(/#.*$/, ''));
  // The worker claims open pages when it activates; a reload makes sure of it.
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) await reloadPage(page);
  await expect.poll(controlled).toBe(true);
}

/** Steps the widget's first slider with the keyboard and expects its result to change. */
async function stepFirstSlider(page: Page): Promise<void> {
  // (openWidget leaves the page before only once its requests, such as the favicon, are
  // done: the page guard has tracked them from the start.)
  const region = await openWidget(page, 'present', NERNST);
  const output = mainOutput(region);
  const before = (await output.textContent()) ?? '';
  await region.getByRole('slider').first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(output).not.toHaveText(before);
}

test('after one online visit, every chapter, the contents and a widget work offline', async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  test.setTimeout(60_000);
  const guard = guardPage(page, baseURL);
  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Membrane Potential' })).toBeVisible();
  await waitForWorker(page);

  // The worker has cached every file of the build except itself.
  const cached = await page.evaluate(async () => {
    const scope = (await navigator.serviceWorker.ready).scope;
    const names = (await caches.keys()).filter((name) => name.endsWith(` ${scope}`));
    if (names.length !== 1) return names;
    const keys = await (await caches.open(names[0]!)).keys();
    return keys.map((request) => decodeURI(request.url.slice(scope.length))).sort();
  });
  expect(cached).toEqual(builtFiles().filter((file) => file !== 'sw.js'));

  // From here on the network is gone: every request of the page must be answered by the
  // worker, and nothing may fail (the guard reports any failed request).
  await context.setOffline(true);
  const notFromWorker: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker()) notFromWorker.push(response.url());
  });
  const fromNetwork: string[] = [];
  context.on('requestfinished', (request) => {
    if (request.serviceWorker()) fromNetwork.push(request.url());
  });

  await reloadPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Membrane Potential' })).toBeVisible();
  for (const chapter of WRITTEN_CHAPTERS) {
    await openChapter(page, chapter.slug);
    await expect(page.getByRole('heading', { level: 1, name: chapter.title })).toBeVisible();
    expect(await page.locator('.katex').count(), chapter.slug).toBeGreaterThan(0);
  }
  // A full page load of a deep link, offline (leaving once the page's own requests, such
  // as the favicon, are done, so that leaving does not abort them).
  await leavePage(page);
  await page.goto(`./#/${WRITTEN_CHAPTERS.at(-1)!.slug}`);
  await expect(
    page.getByRole('heading', { level: 1, name: WRITTEN_CHAPTERS.at(-1)!.title }),
  ).toBeVisible();

  await stepFirstSlider(page);

  expect(notFromWorker, 'answered without the worker while offline').toEqual([]);
  expect(fromNetwork, 'fetched from the network while offline').toEqual([]);
  guard.check(testInfo);
});

/**
 * Without service workers the book is an online book, and nothing else changes: no
 * console error, no failed request. Each way of lacking them is a case.
 */
const UNAVAILABLE: {
  name: string;
  options?: BrowserContextOptions;
  initScript?: () => void;
  /** Whether the page says, in a console.info line, that it cannot work offline. */
  says: boolean;
}[] = [
  { name: 'blocked by the browser', options: { serviceWorkers: 'block' }, says: false },
  {
    name: 'missing (no navigator.serviceWorker)',
    initScript: () => {
      Reflect.deleteProperty(Navigator.prototype, 'serviceWorker');
    },
    says: false,
  },
  {
    name: 'refusing to register',
    initScript: () => {
      // (about:blank, between pages, is no secure context and has no such interface)
      if (typeof ServiceWorkerContainer === 'undefined') return;
      ServiceWorkerContainer.prototype.register = () =>
        Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'));
    },
    says: true,
  },
  {
    name: 'throwing when read, as in a sandboxed iframe',
    initScript: () => {
      Object.defineProperty(Navigator.prototype, 'serviceWorker', {
        get() {
          throw new DOMException('The document is sandboxed.', 'SecurityError');
        },
      });
    },
    says: true,
  },
];

for (const unavailable of UNAVAILABLE) {
  test(`with service workers ${unavailable.name}, the book and its widgets work`, async ({
    browser,
    baseURL,
  }, testInfo) => {
    const context = await browser.newContext({ baseURL, ...unavailable.options });
    if (unavailable.initScript) await context.addInitScript(unavailable.initScript);
    const page = await context.newPage();
    const guard = guardPage(page, baseURL);
    const infos: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'info') infos.push(message.text());
    });
    await page.goto('./#/');
    await expect(page.getByRole('heading', { level: 1, name: 'Membrane Potential' })).toBeVisible();
    await page.waitForLoadState('load');
    const said = () => infos.some((text) => text.includes('reading offline is not available'));
    if (unavailable.says) await expect.poll(said).toBe(true);
    await stepFirstSlider(page);
    const controlled = await page.evaluate(() => {
      try {
        return Boolean(navigator.serviceWorker?.controller);
      } catch {
        return false;
      }
    });
    expect(controlled).toBe(false);
    if (!unavailable.says) expect(said()).toBe(false);
    guard.check(testInfo);
    await context.close();
  });
}
