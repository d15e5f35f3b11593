import { describe, expect, it } from 'vitest';
import { newUser } from './harness/browser.ts';
import { useRelayAndBrowser } from './harness/useRelayAndBrowser.ts';
import {
  BODY,
  bodyText,
  openDocument,
  storedBodyText,
  syncState,
  typeAtEnd,
} from './harness/editor.ts';

describe('offline editing in Chromium', () => {
  const env = useRelayAndBrowser();

  it('keeps both people’s edits made while the relay was down, and converges when it returns', async () => {
    const docId = `offline-merge-${Date.now().toString(36)}`;
    const chloe = await newUser(env.browser, {
      name: 'Chloe Price',
      organisation: 'Sandwell HWBB',
    });
    const dev = await newUser(env.browser, { name: 'Dev Patel', organisation: 'Sandwell SSP' });
    await openDocument(chloe.page, env.relay.url, docId);
    await openDocument(dev.page, env.relay.url, docId);
    await typeAtEnd(chloe.page, 'Shared opening line.');
    await expect.poll(() => bodyText(dev.page)).toContain('Shared opening line.');

    await env.relay.stop();
    await expect.poll(() => syncState(chloe.page)).toBe('offline');
    await expect.poll(() => syncState(dev.page)).toBe('offline');
    await expect
      .poll(() => chloe.page.locator('[data-sync-state]').innerText())
      .toContain('changes saved on this device');

    await chloe.page.keyboard.press('Enter');
    await chloe.page.keyboard.type('Chloe wrote this offline.');
    await typeAtEnd(dev.page, ' Dev added this offline.');
    await chloe.page.keyboard.press('Enter');
    await chloe.page.keyboard.type('And a second offline paragraph.');

    await env.relay.restart();
    const everything = [
      'Shared opening line.',
      'Chloe wrote this offline.',
      'Dev added this offline.',
      'And a second offline paragraph.',
    ];
    for (const page of [chloe.page, dev.page]) {
      for (const text of everything)
        await expect.poll(() => bodyText(page), { timeout: 15_000 }).toContain(text);
    }
    expect(await bodyText(chloe.page)).toBe(await bodyText(dev.page));
    await expect.poll(() => syncState(chloe.page), { timeout: 15_000 }).toBe('synced');
    await expect.poll(() => syncState(dev.page), { timeout: 15_000 }).toBe('synced');
    await chloe.context.close();
    await dev.context.close();
  });

  it('reopens the latest local content with the relay down, and loads the app shell offline', async () => {
    const docId = `offline-reload-${Date.now().toString(36)}`;
    const erin = await newUser(env.browser, { name: 'Erin Walsh', organisation: 'Somerset SSAB' });
    await openDocument(erin.page, env.relay.url, docId);
    // The service worker takes control during this first visit.
    await erin.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await typeAtEnd(erin.page, 'Typed while online.');
    await expect.poll(() => syncState(erin.page)).toBe('synced');

    await env.relay.stop();
    await expect.poll(() => syncState(erin.page)).toBe('offline');
    await typeAtEnd(erin.page, ' Typed after the relay went away.');
    await expect
      .poll(() => storedBodyText(erin.page, docId))
      .toContain('Typed after the relay went away.');

    // No relay, so no server: the page and its assets must come from the service worker.
    await erin.page.reload();
    await erin.page.locator(BODY).waitFor({ state: 'visible' });
    await expect
      .poll(() => bodyText(erin.page))
      .toContain('Typed while online. Typed after the relay went away.');
    expect(await syncState(erin.page)).toBe('offline');

    // Still editable on the train.
    await typeAtEnd(erin.page, ' Still editing.');
    await expect.poll(() => storedBodyText(erin.page, docId)).toContain('Still editing.');

    // The document list also opens offline and shows this device's copy.
    await erin.page.goto(`${env.relay.url}/`);
    await expect.poll(() => erin.page.locator(`tr[data-doc-id="${docId}"]`).count()).toBe(1);

    await env.relay.restart();
    await openDocument(erin.page, env.relay.url, docId);
    await expect.poll(() => syncState(erin.page), { timeout: 15_000 }).toBe('synced');
    await erin.context.close();
  });
});
