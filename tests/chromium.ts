import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

/**
 * Which Chromium the browser tests and benchmarks drive, in this order:
 * 1. the path in CHROMIUM_PATH, when it is set;
 * 2. Debian's /usr/bin/chromium, when present;
 * 3. Playwright's own download (`npx playwright install chromium`), when present.
 * With none of them, it throws an error that says exactly what to install.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) {
    if (!existsSync(fromEnvironment)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnvironment}, but there is no file there.`);
    }
    return fromEnvironment;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    [
      'No Chromium found for the browser tests. Install one of:',
      '  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
      "  - Playwright's own build: npx playwright install chromium",
      '  - or point CHROMIUM_PATH at any Chromium or Chrome binary.',
    ].join('\n'),
  );
}

/** Launch options shared by the tests and the benchmarks. */
export function chromiumLaunchOptions(): LaunchOptions {
  const args = [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-quic',
    '--disable-sync',
    '--no-first-run',
  ];
  // Chromium refuses to run its sandbox as root (CI containers); a laptop keeps it.
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  const executablePath = chromiumExecutable();
  return executablePath ? { executablePath, args } : { args };
}
