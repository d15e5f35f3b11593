import { execFileSync } from 'node:child_process';

/**
 * Whether a command-line tool (pdftotext, soffice…) is installed; a test skips itself (and
 * says so) when not. On CI (CI=true) a missing tool fails the test instead: `.ci/run`
 * installs them, so absence there is a broken setup.
 */
export function hasTool(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true')
      throw new Error(`${command} is not installed (CI=true requires it)`);
    return false;
  }
}
