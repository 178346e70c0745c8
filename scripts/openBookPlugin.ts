import type { Plugin, PreviewServer, ViteDevServer } from 'vite';
import { hasDesktop } from './hasDesktop.ts';

/**
 * A Vite plugin (dev server and preview) that opens the book in a browser, as
 * `server.open: true` does, where the machine has a desktop. Where it has none, Vite would
 * try a browser and fail without a word, leaving a reader waiting for a window; so the
 * plugin opens nothing and, under Vite's own URLs, says where to open the book instead.
 */
export function openBookPlugin(): Plugin {
  const desktop = hasDesktop(process.platform, process.env);
  return {
    name: 'membrane-potential:open-book',
    apply: 'serve',
    // preview.open falls back to server.open, so this also decides `vite preview`.
    config: () => ({ server: { open: desktop } }),
    configureServer(server) {
      if (!desktop) sayWhereToOpen(server);
    },
    configurePreviewServer(server) {
      if (!desktop) sayWhereToOpen(server);
    },
  };
}

/** Adds a line after the URLs the server prints when it starts listening. */
function sayWhereToOpen(server: ViteDevServer | PreviewServer): void {
  const printUrls = server.printUrls.bind(server);
  server.printUrls = () => {
    printUrls();
    const url = server.resolvedUrls?.local[0] ?? server.resolvedUrls?.network[0];
    if (url)
      server.config.logger.info(`  ➜  Open ${url} in a browser (no desktop here to open one).`);
  };
}
