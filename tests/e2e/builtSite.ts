import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

/**
 * The production build the browser tests run against: the folder named by E2E_DIST
 * (relative to the repository, or absolute), else dist/, as in playwright.config.ts.
 */
export const DIST = resolve(
  fileURLToPath(new URL('../../', import.meta.url)),
  process.env.E2E_DIST ?? 'dist',
);

/** Every file of the build, as paths relative to its folder with '/' (sorted). */
export function builtFiles(folder = DIST): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.isFile() ? [relative(folder, path).split('\\').join('/')] : [];
    });
  return walk(folder).sort();
}

/**
 * The scope of the page's active service worker, once it has one (its install, which
 * precaches every file, is then complete), or a sentence saying that none became active.
 */
export async function activeWorkerScope(page: Page, timeoutMs = 10_000): Promise<string> {
  return page.evaluate(
    (timeout) =>
      Promise.race([
        navigator.serviceWorker.ready.then((registration) => registration.scope),
        new Promise<string>((resolve) =>
          setTimeout(() => resolve(`no service worker became active in ${timeout} ms`), timeout),
        ),
      ]),
    timeoutMs,
  );
}
