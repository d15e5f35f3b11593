import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { build } from 'vite';

const PAGES_DIR = resolve(import.meta.dirname, 'pages');

/** Origin the benchmark pages are served from (answered by the context, never the network). */
export const PAGES_ORIGIN = 'http://bench-pages.localhost';

/** Builds the benchmark pages (bench/browser/pages/*.html) with Vite into `outDir`. */
export async function buildPages(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: PAGES_DIR,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: { persistence: join(PAGES_DIR, 'persistence.html') } },
    },
  });
}

/** Serves the built pages in `outDir` to `context` at `PAGES_ORIGIN`. */
export async function servePages(context: BrowserContext, outDir: string): Promise<void> {
  await context.route(`${PAGES_ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    return route.fulfill({ path: join(outDir, path) });
  });
}
