/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import remarkMath from 'remark-math';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import rehypeMathHtml from './scripts/rehypeMathHtml.ts';
import rehypeStaticHtml from './scripts/rehypeStaticHtml.ts';
import { HTML_COMPONENT_TAGS } from './src/mdx/htmlComponentTags.ts';
import { serviceWorkerPlugin } from './scripts/serviceWorkerPlugin.ts';
import { contentSecurityPolicyPlugin } from './scripts/contentSecurityPolicy.ts';
import { openBookPlugin } from './scripts/openBookPlugin.ts';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

/** A chunk group's test: the module's path inside the repository matches `pattern`. */
function sourceIn(pattern: RegExp) {
  return (id: string) => id.startsWith(ROOT) && pattern.test(id.slice(ROOT.length));
}

// base './' makes every asset URL relative, so the built folder works under any
// sub-path of a static host and straight from a USB stick.
export default defineConfig({
  base: './',
  plugins: [
    {
      enforce: 'pre',
      ...mdx({
        remarkPlugins: [remarkGfm, remarkMath],
        // Math is typeset here, at build time; the browser only gets HTML and CSS. Static
        // prose then becomes HTML strings rather than one JSX call per node.
        rehypePlugins: [
          rehypeSlug,
          rehypeMathHtml,
          [rehypeStaticHtml, { components: HTML_COMPONENT_TAGS }],
        ],
        providerImportSource: undefined,
      }),
    },
    react({ include: /\.(mdx|tsx|ts)$/ }),
    // Build only: the page's Content-Security-Policy, as a <meta> in index.html.
    contentSecurityPolicyPlugin(),
    // Build only: writes sw.js, which precaches every file so the book works offline.
    serviceWorkerPlugin(),
    // Dev server and preview: opens the book in a browser, or, on a machine without a
    // desktop, says where to open it.
    openBookPlugin(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser that runs the book supports <link rel="modulepreload">.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Rolldown notes, in yellow, when plugins' JavaScript takes most of a build's time. Here
      // it does by design (the chapters' MDX is compiled and their math typeset at build time),
      // so the note is nothing to act on. Every other check stays on.
      checks: { bundlerTimings: false },
      output: {
        // The groups below take modules without their dependencies, so a module may run
        // from a chunk loaded before the one holding what it reads at its top level (the
        // reference neuron's numbers, read as widgets' defaults): Rolldown's documented
        // remedy is to keep the source's execution order across chunks.
        strictExecutionOrder: true,
        // Left to itself, Rolldown cuts the shared code into a chunk per set of pages that
        // use it: some thirty files of 0.2–2 kB, which gzip compresses one by one. These
        // groups gather what every page of a kind needs into one file each (a chapter's
        // first visit fetches 14 files instead of 24, and 3 kB less). Each group takes only
        // the modules it names (not their dependencies), so what the entry needs stays in it.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            // What widget definitions compute with (and so the contents page, which lists them):
            // units, the physics a widget shows (the pump–leak cell and pump go with the widgets
            // that use them), parameters, and the sampling and scales that models use.
            {
              name: 'model',
              priority: 3,
              test: sourceIn(
                /^src\/units\/|^src\/physics\/(?!cell|pump)|^src\/plot\/(sample|scales)\.ts$|^src\/widgets\/(params|ionParams|ions|textbookGradients|labelledPresets|formatMillivolts|formatWhole|ionLabelOf|ionTones|permeantIonsOf)\.ts$/,
              ),
            },
            // What shows a widget: controls, plots, the frame that owns a widget's state (not
            // the code that saves a plot as a file, src/plot/export/, loaded on first use).
            {
              name: 'widgets',
              priority: 2,
              test: sourceIn(
                /^src\/controls\/|^src\/common\/(Subscripted|useSettledValue)|^src\/plot\/(?!export\/)|^src\/widgets\/(?!registry)\w+\.tsx?$|^node_modules\/d3-/,
              ),
            },
            // What only chapters use: the page, the MDX tag set, the exercise engine (the
            // problem kinds stay one chunk per chapter, loaded as exercises name them).
            {
              name: 'chapter',
              priority: 1,
              test: sourceIn(
                /^src\/(book\/ChapterPage|mdx\/|exercises\/(components\/|checkAnswer|redraw|random|useProblemKind|math|problems\/(index|shared|RtOverZf)))/,
              ),
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // The tests are of pure functions (the one stubbed global is restored after each
    // test), so files share worker threads and module state: a third of the wall time of
    // isolated forks, most of which was starting them.
    pool: 'threads',
    isolate: false,
    // Property tests run thousands of cases; a loaded machine must not turn them into timeouts.
    testTimeout: 30_000,
  },
});
