import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** The built app the browser benchmarks open. */
export const APP_DIR = resolve(REPO_ROOT, 'dist/client');

/** Builds the app (`npm run build`) when dist/client is missing. */
export function ensureAppBuilt(progress: (message: string) => void): void {
  if (existsSync(resolve(APP_DIR, 'index.html'))) return;
  progress('building the app (npm run build)…');
  execFileSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
