import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/chromium.ts';

/**
 * Draws the web app manifest's PNG icons (public/icons/icon-<size>.png) from
 * public/favicon.svg with the browser tests' Chromium: `npx tsx scripts/makeIcons.ts`.
 * Run it after changing the favicon, and commit the PNGs (the build does not make them).
 */
const PUBLIC = fileURLToPath(new URL('../public/', import.meta.url));
const SIZES = [192, 512];

const svg = readFileSync(`${PUBLIC}favicon.svg`).toString('base64');
mkdirSync(`${PUBLIC}icons`, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const size of SIZES) {
    const page = await browser.newPage({
      viewport: { width: size, height: size },
      deviceScaleFactor: 1,
    });
    await page.setContent(
      `<style>html, body { margin: 0; background: transparent; } img { display: block; }</style>` +
        `<img width="${size}" height="${size}" src="data:image/svg+xml;base64,${svg}" alt="" />`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    // omitBackground keeps the transparent corners around the rounded square.
    writeFileSync(
      `${PUBLIC}icons/icon-${size}.png`,
      await page.screenshot({ omitBackground: true }),
    );
    await page.close();
    console.log(`public/icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
