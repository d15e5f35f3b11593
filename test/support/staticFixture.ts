import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from './tempDir.ts';

/** Marker text inside the fixture's index.html, to recognise it in responses. */
export const FIXTURE_INDEX_MARKER = 'protocol-editor-test-index';

/**
 * Writes a tiny stand-in for the built client (index.html, assets/app-test.js, sw.js)
 * into a new temporary directory and returns its path, so relay tests never depend on
 * `npm run build`.
 */
export async function staticFixture(): Promise<string> {
  const dir = await tempDir('relay-static');
  await mkdir(join(dir, 'assets'));
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html><title>${FIXTURE_INDEX_MARKER}</title><div id="root"></div>`,
  );
  await writeFile(join(dir, 'assets', 'app-test.js'), 'console.log("app");\n');
  await writeFile(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});\n');
  return dir;
}
