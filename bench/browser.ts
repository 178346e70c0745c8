import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../tests/chromium';
import { WIDGETS } from '../src/widgets/registry';
import { withBenchPage } from './context';
import { firstVisit, type FirstVisit } from './firstVisit';
import { STEPS, stepSlider, type Latency } from './latency';
import { pageHeap, rundownHeap, sliderHeap, type HeapFigures } from './memory';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** BENCH_WIDGETS=iv,ghk narrows the run to those widgets (and their pages). */
const WIDGET_IDS = WIDGETS.map((widget) => widget.id).filter(
  (id) => !process.env.BENCH_WIDGETS || process.env.BENCH_WIDGETS.split(',').includes(id),
);
/** Chapters with content, from the file names (content/en/NN-slug.mdx). */
const WRITTEN_CHAPTER_SLUGS = readdirSync(join(ROOT, 'content/en'))
  .map((name) => /^\d+-([a-z0-9-]+)\.mdx$/.exec(name)?.[1])
  .filter((slug): slug is string => slug !== undefined);
const CPU_THROTTLE = 4;

/** Every route with a slider, in every mode: presentation, embed, and the chapters. */
const SLIDER_ROUTES = [
  ...WIDGET_IDS.flatMap((id) => [`#/present/${id}`, `#/embed/${id}`]),
  ...(process.env.BENCH_WIDGETS ? [] : WRITTEN_CHAPTER_SLUGS.map((slug) => `#/${slug}`)),
];
const ROUTES = [...(process.env.BENCH_WIDGETS ? [] : ['#/']), ...SLIDER_ROUTES];

function gzipOfFolder(folder: string): number {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.js'))
    .reduce((sum, name) => sum + gzipSync(readFileSync(join(folder, name))).length, 0);
}

/**
 * What the offline worker downloads after a first visit: every file it precaches (the list
 * in dist/sw.js), gzip bytes.
 */
function offlinePrecache(dist: string): { files: number; gzipBytes: number } {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  const list = /const PRECACHE = (\[[^\]]*\]);/.exec(worker)?.[1];
  if (!list) throw new Error('dist/sw.js has no PRECACHE list');
  const files = (JSON.parse(list) as string[]).map((url) =>
    url === './' ? 'index.html' : decodeURIComponent(url.replace(/^\.\//, '')),
  );
  return {
    files: files.length,
    gzipBytes: files.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(dist, file))).length,
      0,
    ),
  };
}

const PORT = 4175;
const BASE = `http://127.0.0.1:${PORT}/`;
/** Where a built fixture folder is served from, beside the book (see latencyOf). */
const FIXTURE_PATH = '/__fixture/';

/**
 * Slider latency on a page, CPU throttled, in a fresh context: a route of the book, an
 * inline page, or a built fixture folder (served at FIXTURE_PATH beside the book).
 */
function latencyOf(
  browser: Browser,
  url: string | { html: string } | { folder: string },
): Promise<Latency> {
  return withBenchPage(
    browser,
    async (page) => {
      if (typeof url === 'string') {
        await page.goto(url);
      } else if ('html' in url) {
        await page.setContent(url.html);
      } else {
        await page.route(`**${FIXTURE_PATH}**`, (route) => {
          const file = new URL(route.request().url()).pathname.slice(FIXTURE_PATH.length);
          return route.fulfill({ path: join(url.folder, file) });
        });
        await page.goto(`${BASE}${FIXTURE_PATH.slice(1)}index.html`);
      }
      await page.locator('input[type=range]').first().waitFor();
      await page.waitForLoadState('networkidle');
      return stepSlider(page);
    },
    CPU_THROTTLE,
  );
}

const QUIET = { logLevel: 'warn' as const };

/** Builds bench/fixtures/<name> the way the book is built; returns its output folder. */
async function buildFixture(name: string): Promise<string> {
  const outDir = join(ROOT, `bench/dist-${name}`);
  await build({
    root: join(ROOT, 'bench/fixtures', name),
    configFile: false,
    base: './',
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
    ...QUIET,
  });
  return outDir;
}

export async function browserBenchmark() {
  await build({ root: ROOT, ...QUIET });
  const bareReactJs = gzipOfFolder(join(await buildFixture('bare-react'), 'assets'));
  const reactPathOut = await buildFixture('react-path');

  const server = await preview({
    root: ROOT,
    preview: { port: PORT, host: '127.0.0.1', strictPort: true },
    ...QUIET,
  });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const vanilla = await latencyOf(browser, {
      html: readFileSync(join(ROOT, 'bench/fixtures/vanilla.html'), 'utf8'),
    });
    const reactPath = await latencyOf(browser, { folder: reactPathOut });
    const latency: Record<string, Latency & { frameP95VsVanilla: number }> = {};
    for (const route of SLIDER_ROUTES) {
      const figures = await latencyOf(browser, `${BASE}${route}`);
      latency[route] = { ...figures, frameP95VsVanilla: figures.frameP95 / vanilla.frameP95 };
    }

    const visits: Record<string, FirstVisit & { jsVsBareReact: number }> = {};
    for (const route of ROUTES) {
      const visit = await firstVisit(browser, `${BASE}${route}`, CPU_THROTTLE, route !== '#/');
      visits[route] = { ...visit, jsVsBareReact: visit.js / bareReactJs };
    }

    const heap: Record<string, HeapFigures | { firstRenderMb: number }> = {};
    if (!process.env.BENCH_WIDGETS) heap['#/'] = { firstRenderMb: await pageHeap(browser, BASE) };
    for (const route of SLIDER_ROUTES.filter((r) => !r.startsWith('#/embed/'))) {
      heap[route] = await sliderHeap(browser, `${BASE}${route}`);
    }
    const rundown = WIDGET_IDS.includes('rundown') ? await rundownHeap(browser, BASE) : null;

    return {
      cpuThrottle: CPU_THROTTLE,
      stepsPerRoute: STEPS,
      vanilla400PointPath: vanilla,
      react400PointPath: reactPath,
      latency,
      bareReactJsGzipBytes: bareReactJs,
      firstVisit: visits,
      offlinePrecache: offlinePrecache(join(ROOT, 'dist')),
      heapMb: heap,
      rundownHeapMb: rundown,
      targets: {
        handlersP95Ms: '< 16.7 (one frame)',
        frameP95: '≤ 1.5 × vanilla',
        longTasks: 0,
        chapterJsVsBareReact: '≤ 1.6',
        heapGrowth500To2000Mb: '< 0.5',
        chapterHeapMb: '≤ 20',
      },
    };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
