import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { openChapter, WRITTEN_CHAPTERS } from './book';
import { activeWorkerScope, DIST } from './builtSite';
import { guardPage } from './pageGuards';
import { mainOutput, openWidget, WIDGETS } from './widgets';

/**
 * The built book on a plain static server (no rewrites, no SPA fallback), in a sub-folder:
 * every URL of the build must be relative, so that nothing is asked for outside the folder.
 */
const FOLDER = '/some/sub/folder/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

let server: Server;
let origin: string;
/** Every request the server could not answer (outside the folder, or no such file). */
const misses: string[] = [];

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const file = path.startsWith(FOLDER)
      ? normalize(join(DIST, path.slice(FOLDER.length) || 'index.html'))
      : undefined;
    const found = file?.startsWith(DIST + sep) && statSync(file, { throwIfNoEntry: false });
    if (!file || !found || !found.isFile()) {
      misses.push(`${request.method} ${request.url}`);
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((closed) => server.close(closed));
});

test(`the book works from a sub-folder (${FOLDER}) of a plain static server`, async ({
  browser,
}, testInfo) => {
  const baseURL = origin + FOLDER;
  const context = await browser.newContext({ baseURL, serviceWorkers: 'allow' });
  const page = await context.newPage();
  const guard = guardPage(page, baseURL);
  const errors: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });

  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Membrane Potential' })).toBeVisible();
  // The service worker registers for this folder, and precaches every file from it.
  expect(await activeWorkerScope(page), misses.join('\n')).toBe(baseURL);
  // Chromium reads the web app manifest without error and would offer to install the book.
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.url).toBe(`${baseURL}manifest.webmanifest`);
  expect(manifest.errors).toEqual([]);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // (a test's browser context is a private window, where nothing can be installed)
  const ids = installabilityErrors.map((error) => error.errorId);
  expect(ids.filter((id) => id !== 'in-incognito')).toEqual([]);

  const chapter = WRITTEN_CHAPTERS[0]!;
  await openChapter(page, chapter.slug);
  await expect(page.getByRole('heading', { level: 1, name: chapter.title })).toBeVisible();
  expect(await page.locator('.katex').count()).toBeGreaterThan(0);

  const widget = WIDGETS.find((w) => w.id === 'nernst')!;
  const region = await openWidget(page, 'present', widget);
  const output = mainOutput(region);
  const before = (await output.textContent()) ?? '';
  await region.getByRole('slider').first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(output).not.toHaveText(before);

  expect(errors, 'error responses').toEqual([]);
  expect(misses, 'requests the server could not answer').toEqual([]);
  guard.check(testInfo);
  await context.close();
});
