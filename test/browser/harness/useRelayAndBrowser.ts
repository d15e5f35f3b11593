import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startRelayProcess, type RelayProcess } from '../../support/relayProcess.ts';
import { launchBrowser } from './browser.ts';

/** What a browser test file shares: one relay child process and one Chromium. */
export interface BrowserTestEnv {
  relay: RelayProcess;
  browser: Browser;
}

/**
 * Starts a relay (as a child process, so tests can stop or SIGKILL it) and Chromium
 * before the file's tests, and disposes of both after. Read the fields inside tests.
 */
export function useRelayAndBrowser(): BrowserTestEnv {
  const env = {} as BrowserTestEnv;
  beforeAll(async () => {
    env.relay = await startRelayProcess();
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.relay?.dispose();
  });
  return env;
}
