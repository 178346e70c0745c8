import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/chromium';

// Browser tests run against the production build (`npm run build` first), served by
// `vite preview`, in one Chromium found by tests/chromium.ts. E2E_DIST and E2E_PORT let a
// second checkout or build (e.g. `vite build --outDir /tmp/b`) be tested beside the first.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';
export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'fuzz/**/*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    // The offline worker would download the whole book behind every test; the specs
    // about it (offline, subfolder) allow it explicitly.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
