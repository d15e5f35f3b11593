import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import { serviceWorkerPrecache } from './client/sw/serviceWorkerPrecache.ts';

const root = resolve(import.meta.dirname, 'client');

export default defineConfig({
  root,
  publicDir: false,
  build: {
    outDir: resolve(import.meta.dirname, 'dist/client'),
    emptyOutDir: true,
    sourcemap: true,
    // One editor bundle (Tiptap + ProseMirror + Yjs) is ~900 kB before gzip; it is cached offline.
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      onwarn(warning, warn) {
        // @tiptap/react marks itself "use client", which means nothing outside React Server Components.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        main: resolve(root, 'index.html'),
        sw: resolve(root, 'sw/sw.ts'),
      },
      output: {
        // The service worker must live at the site root to control every page.
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  plugins: [serviceWorkerPrecache()],
  test: {
    root: import.meta.dirname,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'client/**/*.test.ts', 'server/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/relay/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // Shared CI machines are noisy: wait generously for a condition, never sleep.
          expect: { poll: { timeout: 10_000, interval: 50 } },
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          // `npm run bench -- --quick`: every benchmark once at tiny size (bench/).
          name: 'bench',
          include: ['test/bench/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
