import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The system Chromium: browser tests never download a browser of their own. */
export function chromiumPath(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH',
    );
  }
  return found;
}

/**
 * Launches headless Chromium with flags that work on a machine with no outside network,
 * plus `extraArgs`.
 */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

/** A person on their own device: a separate browser context with their own storage. */
export interface TestUser {
  context: BrowserContext;
  page: Page;
}

/** Opens a new "device" whose person has already told the app their name and organisation. */
export async function newUser(
  browser: Browser,
  identity: { name: string; organisation: string; color?: string },
): Promise<TestUser> {
  // The app's CSP forbids injected scripts; the accessibility check injects axe-core.
  const context = await browser.newContext({ bypassCSP: true });
  const stored = JSON.stringify({ color: '#b91c1c', ...identity, confirmed: true });
  await context.addInitScript((value) => {
    if (!localStorage.getItem('protocol-editor.identity')) {
      localStorage.setItem('protocol-editor.identity', value);
    }
  }, stored);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  return { context, page };
}
