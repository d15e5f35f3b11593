import type { Plugin } from 'vite';

/** The text in sw.ts that the build replaces with the list of files to precache. */
export const PRECACHE_PLACEHOLDER = 'self.__PRECACHE_MANIFEST__';

/**
 * Build step: writes the list of every emitted file (and `/`) into sw.js, plus a
 * version derived from it, so one visit caches the whole app shell for offline use
 * and a new build replaces the old cache.
 */
export function serviceWorkerPrecache(): Plugin {
  return {
    name: 'service-worker-precache',
    apply: 'build',
    generateBundle(_options, bundle) {
      const sw = bundle['sw.js'];
      if (!sw || sw.type !== 'chunk') return;
      const files = Object.keys(bundle)
        .filter((name) => name !== 'sw.js' && !name.endsWith('.map'))
        .map((name) => `/${name}`)
        .sort();
      const version = files.join('|');
      let hash = 0;
      for (let i = 0; i < version.length; i++) hash = (hash * 31 + version.charCodeAt(i)) | 0;
      const manifest = JSON.stringify({
        version: (hash >>> 0).toString(36),
        files: ['/', ...files],
      });
      if (!sw.code.includes(PRECACHE_PLACEHOLDER)) {
        this.error(`sw.js lost its ${PRECACHE_PLACEHOLDER} placeholder`);
      }
      sw.code = sw.code.split(PRECACHE_PLACEHOLDER).join(manifest);
    },
  };
}
