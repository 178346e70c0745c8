/// <reference types="vitest/config" />
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
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser that runs the book supports <link rel="modulepreload">.
    modulePreload: { polyfill: false },
  },
  server: { open: true },
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
