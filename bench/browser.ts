import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../tests/chromium';
import { WIDGETS } from '../src/widgets/registry';
import { median, percentile } from './measure';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** BENCH_WIDGETS=iv,ghk narrows the run to those widgets (and their present pages). */
const WIDGET_IDS = WIDGETS.map((widget) => widget.id).filter(
  (id) => !process.env.BENCH_WIDGETS || process.env.BENCH_WIDGETS.split(',').includes(id),
);
/** Chapters with content, from the file names (content/en/NN-slug.mdx). */
const WRITTEN_CHAPTER_SLUGS = readdirSync(join(ROOT, 'content/en'))
  .map((name) => /^\d+-([a-z0-9-]+)\.mdx$/.exec(name)?.[1])
  .filter((slug): slug is string => slug !== undefined);
export const STEPS = 100;
const CPU_THROTTLE = 4;

/**
 * Records, for each input event, the time until the page's handlers ran, until the next
 * frame, and until the frame that shows the new results (the first frame after the
 * widget's readouts or plots changed; a page that renders its results in the handler
 * shows them in the next frame, one that defers them shows them later).
 */
const PROBE = `
  window.__latency = { handlers: [], frame: [], results: [], longTasks: 0 };
  new PerformanceObserver((list) => { window.__latency.longTasks += list.getEntries().length; })
    .observe({ type: 'longtask' });
  const afterNextFrame = (record) =>
    requestAnimationFrame(() => {
      // A message posted from requestAnimationFrame is handled after that frame was produced.
      const afterFrame = new MessageChannel();
      afterFrame.port1.onmessage = record;
      afterFrame.port2.postMessage(0);
    });
  let pending = null;
  const results = document.querySelector('.widget-results') ?? document.querySelector('svg');
  new MutationObserver(() => {
    if (pending === null) return;
    const start = pending;
    pending = null;
    afterNextFrame(() => window.__latency.results.push(performance.now() - start));
  }).observe(results, { subtree: true, childList: true, characterData: true, attributes: true });
  // The window's bubbling listener runs after every handler on the page (React listens at
  // its root); a microtask queued there runs after React's own synchronous render, which
  // it queued first.
  // Capturing, so it runs before any handler can change the results.
  window.addEventListener('input', (event) => { pending = event.timeStamp; }, true);
  window.addEventListener('input', (event) => {
    const start = event.timeStamp;
    queueMicrotask(() => window.__latency.handlers.push(performance.now() - start));
    afterNextFrame(() => window.__latency.frame.push(performance.now() - start));
  });
`;

/** Resolves once the results of every input so far were recorded, or after 20 frames. */
const WAIT_FOR_RESULTS = `new Promise((resolve) => {
  let frames = 0;
  const check = () => {
    const { handlers, results } = window.__latency;
    if (results.length >= handlers.length || ++frames > 20) setTimeout(resolve, 0);
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

type Latency = {
  handlersP50: number;
  handlersP95: number;
  frameP50: number;
  frameP95: number;
  resultsP50: number;
  resultsP95: number;
  longTasks: number;
};

export async function stepSlider(page: Page): Promise<Latency> {
  await page.evaluate(PROBE);
  const slider = page.locator('input[type=range]').first();
  await slider.focus();
  for (let i = 0; i < STEPS; i++) {
    await page.keyboard.press(i < STEPS / 2 ? 'ArrowRight' : 'ArrowLeft');
    // The next step waits until this one's results are on screen (or 20 frames passed).
    await page.evaluate(WAIT_FOR_RESULTS);
  }
  await page.waitForTimeout(100);
  const data = await page.evaluate(
    () =>
      (
        window as unknown as {
          __latency: {
            handlers: number[];
            frame: number[];
            results: number[];
            longTasks: number;
          };
        }
      ).__latency,
  );
  return {
    handlersP50: median(data.handlers),
    handlersP95: percentile(data.handlers, 95),
    frameP50: median(data.frame),
    frameP95: percentile(data.frame, 95),
    resultsP50: median(data.results),
    resultsP95: percentile(data.results, 95),
    longTasks: data.longTasks,
  };
}

/** gzip bytes of every script a fresh visit to `url` loads. */
async function firstVisitJs(page: Page, url: string): Promise<number> {
  const scripts = new Map<string, Promise<Buffer>>();
  page.on('response', (response) => {
    if (response.url().endsWith('.js')) scripts.set(response.url(), response.body());
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  let total = 0;
  for (const body of scripts.values()) total += gzipSync(await body).length;
  return total;
}

function gzipOfFolder(folder: string): number {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.js'))
    .reduce((sum, name) => sum + gzipSync(readFileSync(join(folder, name))).length, 0);
}

export async function browserBenchmark() {
  const quiet = { logLevel: 'warn' as const };
  await build({ root: ROOT, ...quiet });
  const bareOut = join(ROOT, 'bench/dist-bare');
  await build({
    root: join(ROOT, 'bench/fixtures/bare-react'),
    configFile: false,
    base: './',
    plugins: [react()],
    build: { outDir: bareOut, emptyOutDir: true },
    ...quiet,
  });
  const bareReactJs = gzipOfFolder(join(bareOut, 'assets'));

  const server = await preview({
    root: ROOT,
    preview: { port: 4175, host: '127.0.0.1', strictPort: true },
    ...quiet,
  });
  const base = 'http://127.0.0.1:4175/';
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const throttled = async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
      return { context, page };
    };

    const vanilla = await throttled();
    await vanilla.page.setContent(readFileSync(join(ROOT, 'bench/fixtures/vanilla.html'), 'utf8'));
    const vanillaLatency = await stepSlider(vanilla.page);
    await vanilla.context.close();

    const widgets: Record<string, Latency & { frameP95VsVanilla: number }> = {};
    for (const id of WIDGET_IDS) {
      const { context, page } = await throttled();
      await page.goto(`${base}#/present/${id}`);
      await page.locator('input[type=range]').first().waitFor();
      const latency = await stepSlider(page);
      widgets[id] = { ...latency, frameP95VsVanilla: latency.frameP95 / vanillaLatency.frameP95 };
      await context.close();
    }

    const routes = [
      '#/',
      ...WRITTEN_CHAPTER_SLUGS.map((slug) => `#/${slug}`),
      ...WIDGET_IDS.map((id) => `#/present/${id}`),
    ];
    const javascript: Record<string, { gzipBytes: number; vsBareReact: number }> = {};
    for (const route of routes) {
      const context = await browser.newContext();
      const bytes = await firstVisitJs(await context.newPage(), `${base}${route}`);
      javascript[route] = { gzipBytes: bytes, vsBareReact: bytes / bareReactJs };
      await context.close();
    }

    return {
      cpuThrottle: CPU_THROTTLE,
      stepsPerWidget: STEPS,
      vanilla400PointPath: vanillaLatency,
      widgets,
      bareReactJsGzipBytes: bareReactJs,
      firstVisitJs: javascript,
      targets: {
        frameP95Ms: '< 16.7 and ≤ 1.5 × vanilla',
        longTasks: 0,
        chapterJsVsBareReact: '≤ 1.6',
      },
    };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
