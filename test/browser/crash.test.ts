import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPath } from '../../shared/protocol/paths.ts';
import { startRelayProcess, type RelayProcess } from '../support/relayProcess.ts';
import { launchBrowser, newUser } from './harness/browser.ts';
import { bodyText, openDocument, syncState, typeAtEnd } from './harness/editor.ts';

describe('relay crash (kill -9) in the middle of typing', () => {
  let relay: RelayProcess;
  let browser: Browser;

  beforeAll(async () => {
    relay = await startRelayProcess();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await relay?.stop();
  });

  it('loses nothing: clients resync after restart and a newcomer and the JSON export get every word', async () => {
    const docId = `crash-${Date.now().toString(36)}`;
    const fay = await newUser(browser, { name: 'Fay Morgan', organisation: 'Barnsley SCB' });
    const gus = await newUser(browser, { name: 'Gus Hale', organisation: 'Stronger Communities' });
    await openDocument(fay.page, relay.url, docId);
    await openDocument(gus.page, relay.url, docId);

    const fayWords = Array.from({ length: 12 }, (_, i) => `fay${i}`);
    const gusWords = Array.from({ length: 12 }, (_, i) => `gus${i}`);
    await typeAtEnd(fay.page, 'Start. ');
    await expect.poll(() => bodyText(gus.page)).toContain('Start.');
    await typeAtEnd(gus.page, '');
    for (let i = 0; i < 12; i++) {
      if (i === 6) relay.kill('SIGKILL');
      await fay.page.keyboard.type(`${fayWords[i]} `);
      await gus.page.keyboard.type(`${gusWords[i]} `);
    }
    await expect.poll(() => syncState(fay.page)).toBe('offline');
    await relay.restart();

    const all = ['Start.', ...fayWords, ...gusWords];
    for (const page of [fay.page, gus.page]) {
      await expect.poll(() => syncState(page), { timeout: 15_000 }).toBe('synced');
    }
    for (const page of [fay.page, gus.page]) {
      const text = await bodyText(page);
      for (const word of all) expect(text).toContain(word);
    }

    // A newcomer arriving after both authors left gets everything from the relay's disk.
    await fay.context.close();
    await gus.context.close();
    const hana = await newUser(browser, { name: 'Hana Ito', organisation: 'Scrutiny' });
    await openDocument(hana.page, relay.url, docId);
    for (const word of all) await expect.poll(() => bodyText(hana.page)).toContain(word);

    const response = await fetch(`${relay.url}${exportPath(docId)}`);
    expect(response.status).toBe(200);
    const exported = JSON.stringify(await response.json());
    for (const word of all) expect(exported).toContain(word);
    await hana.context.close();
  });
});
