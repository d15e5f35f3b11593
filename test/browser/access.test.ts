import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVITE_PARAM } from '../../shared/auth/accessToken.ts';
import { startRelayProcess, type RelayProcess } from '../support/relayProcess.ts';
import { launchBrowser } from './harness/browser.ts';
import { BODY, bodyText, syncState, typeAtEnd } from './harness/editor.ts';

describe('access links in Chromium, with authentication on', () => {
  let relay: RelayProcess;
  let browser: Browser;

  beforeAll(async () => {
    relay = await startRelayProcess({ auth: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await relay?.dispose();
  });

  it('a viewer link opens read-only and says why; a revoked link is refused with a clear message', async () => {
    const ownerToken = relay.mint({
      doc: '*',
      role: 'owner',
      name: 'Amira Khan',
      organisation: 'Barnsley SAB',
    });
    const owner = await (await browser.newContext()).newPage();
    await owner.goto(`${relay.url}/?${INVITE_PARAM}=${ownerToken}`);
    expect(owner.url()).not.toContain(INVITE_PARAM);
    await owner.getByRole('button', { name: 'New blank protocol' }).click();
    await owner.locator(BODY).waitFor();
    await typeAtEnd(owner, 'Only chairs may change this.');
    await expect.poll(() => syncState(owner)).toBe('synced');

    await owner.getByRole('tab', { name: 'Access' }).click();
    await owner.getByLabel('Name', { exact: true }).fill('Scrutiny Committee');
    await owner.getByLabel('Role').selectOption('viewer');
    await owner.getByRole('button', { name: 'Create access link' }).click();
    const link = await owner.getByLabel('New access link').inputValue();
    expect(link).toContain(`?${INVITE_PARAM}=`);

    const viewerContext = await browser.newContext();
    const viewer = await viewerContext.newPage();
    await viewer.goto(link);
    await viewer.locator(BODY).waitFor();
    await expect.poll(() => bodyText(viewer)).toContain('Only chairs may change this.');
    expect(await viewer.locator('[data-read-only-reason="viewer"]').innerText()).toContain(
      'viewer link',
    );
    expect(await viewer.locator(BODY).getAttribute('contenteditable')).toBe('false');
    expect(await viewer.getByText('You: Scrutiny Committee (Viewer)').count()).toBe(1);

    // The owner revokes the link: the open viewer is told, and the link no longer opens.
    await owner
      .getByRole('button', { name: 'Revoke the viewer link of Scrutiny Committee' })
      .click();
    await expect
      .poll(() => viewer.locator('[data-close-code]').innerText())
      .toContain('Your access to this document was revoked');

    const again = await (await browser.newContext()).newPage();
    await again.goto(link);
    await again.locator(BODY).waitFor();
    await expect
      .poll(() => again.locator('[data-close-code]').innerText())
      .toContain('Your access to this document was revoked');
    await viewerContext.close();
  });

  it('without any link a document does not sync, and the page says an access link is needed', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${relay.url}/d/no-link-doc`);
    await page.locator(BODY).waitFor();
    await expect
      .poll(() => page.locator('[data-close-code]').innerText())
      .toContain('You need an access link');
  });
});
