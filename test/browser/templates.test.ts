import { describe, expect, it } from 'vitest';
import { newUser } from './harness/browser.ts';
import { exported, problemMessages } from './harness/blocks.ts';
import { BODY, syncState } from './harness/editor.ts';
import { useRelayAndBrowser } from './harness/useRelayAndBrowser.ts';

describe('templates and examples in Chromium', () => {
  const env = useRelayAndBrowser();

  it('a new protocol from the template opens with only a blank draft’s problems, and syncs', async () => {
    const { page } = await newUser(env.browser, {
      name: 'Lena Park',
      organisation: 'Sandwell HWBB',
    });
    await page.goto(`${env.relay.url}/`);
    await page
      .getByRole('button', { name: 'New protocol from template: Joint working protocol' })
      .click();
    await page.locator(`${BODY} .block--signatories`).waitFor();
    expect(await page.getByLabel('Document title').first().inputValue()).toBe(
      'Joint Working Protocol',
    );
    expect(await page.locator(`${BODY} [data-block-id]`).count()).toBe(8);

    const expected = [
      'The protocol has no review date.',
      ...[1, 2, 3, 4].map((n) => `Signatory ${n} has no name.`),
      ...[
        'Safeguarding Adults Board',
        'Safeguarding Children Partnership',
        'Health and Wellbeing Board',
        'Community Safety Partnership',
      ].map((name) => `${name} has no purpose in its profile.`),
    ];
    await expect.poll(async () => (await problemMessages(page)).sort()).toEqual(expected.sort());

    await expect.poll(() => syncState(page)).toBe('synced');
    const docId = page.url().split('/d/')[1]!;
    const json = await exported(env.relay.url, docId);
    expect(json.partnerships.map((p) => p.acronym)).toEqual(['SAB', 'SCP', 'HWB', 'CSP']);
  });

  it('opens a copy of the Somerset example with its six boards and signatories', async () => {
    const { page } = await newUser(env.browser, {
      name: 'Omar Said',
      organisation: 'Somerset SSAB',
    });
    await page.goto(`${env.relay.url}/`);
    await page
      .getByRole('button', { name: /Open a copy of the example: Example: Somerset/ })
      .click();
    await page.locator(`${BODY} .block--reportingArrangements`).waitFor();
    await expect
      .poll(() => page.getByRole('tab', { name: /Partnerships/ }).innerText())
      .toBe('Partnerships (6)');
    await expect.poll(() => syncState(page)).toBe('synced');
    const json = await exported(env.relay.url, page.url().split('/d/')[1]!);
    const signatories = json.blocks.find((b) => b.type === 'signatories')?.data as {
      rows: unknown[];
    };
    expect(signatories.rows).toHaveLength(6);
  });
});
