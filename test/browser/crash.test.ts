import { describe, expect, it } from 'vitest';
import { exportPath } from '../../shared/protocol/paths.ts';
import { newUser } from './harness/browser.ts';
import { useRelayAndBrowser } from './harness/useRelayAndBrowser.ts';
import { bodyText, openDocument, syncState, typeAtEnd } from './harness/editor.ts';

describe('relay crash (kill -9) in the middle of typing', () => {
  const env = useRelayAndBrowser();

  it('loses nothing: clients resync after restart and a newcomer and the JSON export get every word', async () => {
    const docId = `crash-${Date.now().toString(36)}`;
    const fay = await newUser(env.browser, { name: 'Fay Morgan', organisation: 'Barnsley SCB' });
    const gus = await newUser(env.browser, {
      name: 'Gus Hale',
      organisation: 'Stronger Communities',
    });
    await openDocument(fay.page, env.relay.url, docId);
    await openDocument(gus.page, env.relay.url, docId);

    const fayWords = Array.from({ length: 12 }, (_, i) => `fay${i}`);
    const gusWords = Array.from({ length: 12 }, (_, i) => `gus${i}`);
    await typeAtEnd(fay.page, 'Start. ');
    await expect.poll(() => bodyText(gus.page)).toContain('Start.');
    await typeAtEnd(gus.page, '');
    for (let i = 0; i < 12; i++) {
      if (i === 6) env.relay.kill('SIGKILL');
      await fay.page.keyboard.type(`${fayWords[i]} `);
      await gus.page.keyboard.type(`${gusWords[i]} `);
    }
    await expect.poll(() => syncState(fay.page)).toBe('offline');
    await env.relay.restart();

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
    const hana = await newUser(env.browser, { name: 'Hana Ito', organisation: 'Scrutiny' });
    await openDocument(hana.page, env.relay.url, docId);
    for (const word of all) await expect.poll(() => bodyText(hana.page)).toContain(word);

    const response = await fetch(`${env.relay.url}${exportPath(docId)}`);
    expect(response.status).toBe(200);
    const exported = JSON.stringify(await response.json());
    for (const word of all) expect(exported).toContain(word);
    await hana.context.close();
  });
});
