import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVITE_PARAM } from '../../shared/auth/accessToken.ts';
import { setReviewDate } from '../../shared/blocks/documentHeader/documentHeader.ts';
import { applyTemplate } from '../../shared/templates/applyTemplate.ts';
import type { TemplateSpec } from '../../shared/templates/TemplateSpec.ts';
import { whenSynced } from '../support/connectProvider.ts';
import { connectWithToken } from '../support/connectWithToken.ts';
import { startRelayProcess, type RelayProcess } from '../support/relayProcess.ts';
import { runCli } from '../support/runCli.ts';
import { removeDir, tempDir } from '../support/tempDir.ts';
import { waitUntilDurable } from '../support/waitUntilDurable.ts';
import { launchBrowser } from './harness/browser.ts';
import { BODY, typeAtEnd } from './harness/editor.ts';

const DOC = 'two-board-protocol';

/** A short protocol between two boards, with a header and a signatories block. */
const twoBoards: TemplateSpec = {
  id: 'two-boards',
  name: 'Two boards',
  description: 'A protocol two chairs sign',
  title: 'Joint Working Protocol',
  partnerships: {
    SAB: { name: 'Safeguarding Adults Board', acronym: 'SAB', chair: 'Ruth Ellison' },
    HWBB: { name: 'Health and Wellbeing Board', acronym: 'HWBB', chair: 'Cllr Jo Marsh' },
  },
  body: [
    { block: 'documentHeader', fill: (block) => setReviewDate(block, '2026-03-31') },
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'The boards agree to share their annual reports.' }],
    },
    { block: 'signatories' },
  ],
};

describe('chair sign-off in Chromium', () => {
  let relay: RelayProcess;
  let browser: Browser;
  let downloads: string;

  beforeAll(async () => {
    relay = await startRelayProcess({ auth: true });
    browser = await launchBrowser();
    downloads = await tempDir('signed-downloads');
    const seed = connectWithToken(relay.wsUrl, DOC, relay.mint({ doc: DOC, role: 'owner' }));
    await whenSynced(seed.provider);
    applyTemplate(seed.doc, twoBoards);
    await waitUntilDurable(
      relay.wsUrl,
      `${DOC}?token=${relay.mint({ doc: DOC, role: 'viewer' })}`,
      seed.doc,
    );
    seed.destroy();
  });
  afterAll(async () => {
    await browser?.close();
    await relay?.dispose();
    await removeDir(downloads);
  });

  async function open(grant: Parameters<RelayProcess['mint']>[0]): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
    await page.goto(`${relay.url}/d/${DOC}?${INVITE_PARAM}=${relay.mint(grant)}`);
    await page.locator(`${BODY} .block--signatories`).waitFor();
    return page;
  }
  const status = (page: Page) => page.locator('.document-status__signoff').innerText();

  it('two chairs sign 1.0, which becomes Final; an edit afterwards shows the changed-since state; verify checks the export', async () => {
    const owner = await open({ doc: DOC, role: 'owner', name: 'Wendy Lowder' });
    await owner.getByRole('tab', { name: 'Versions' }).click();
    await owner.getByLabel('Version label').fill('1.0');
    await owner.getByRole('button', { name: 'Save version 1.0' }).click();
    await owner.getByRole('button', { name: 'Propose for sign-off: version 1.0' }).click();
    await expect.poll(() => status(owner)).toBe('Draft — 1.0 awaiting sign-off (0 of 2 signed)');

    const sab = await open({
      doc: DOC,
      role: 'chair',
      partnership: 'SAB',
      name: 'Ruth Ellison',
      organisation: 'Barnsley SAB',
    });
    // Only the SAB row offers its chair a button; the HWBB row is not theirs to sign.
    const signSab = sab.getByRole('button', { name: 'Sign version 1.0 for SAB' });
    await signSab.waitFor();
    expect(await sab.getByRole('button', { name: /^Sign version 1\.0 for/ }).count()).toBe(1);
    await signSab.click();
    await expect
      .poll(() => sab.locator('.signoff-cell[data-signoff="signed"]').first().innerText())
      .toMatch(/^Signed \d{4}-\d{2}-\d{2} by Ruth Ellison/);
    await expect.poll(() => status(owner)).toBe('Draft — 1.0 awaiting sign-off (1 of 2 signed)');

    const hwbb = await open({
      doc: DOC,
      role: 'chair',
      partnership: 'HWBB',
      name: 'Cllr Jo Marsh',
      organisation: 'Barnsley Council',
    });
    await hwbb.getByRole('button', { name: 'Sign version 1.0 for HWBB' }).click();
    const final = 'Final — version 1.0, signed for all 2 partnerships';
    await expect.poll(() => status(owner)).toBe(final);
    await expect.poll(() => status(hwbb)).toBe(final);
    expect(await owner.locator('.doc-header__signoff').innerText()).toBe(final);

    // The signed export passes offline verification; one character changed does not.
    const [download] = await Promise.all([
      owner.waitForEvent('download'),
      owner.getByRole('button', { name: 'Export signed version 1.0 (JSON)' }).click(),
    ]);
    const signedPath = join(downloads, download.suggestedFilename());
    await download.saveAs(signedPath);
    expect(download.suggestedFilename()).toBe('joint-working-protocol-1.0-signed.json');
    const accepted = await runCli('verify', [signedPath, '--data-dir', relay.dataDir]);
    expect(accepted.stdout).toContain('Result: VALID. Version 1.0 is Final');
    expect(accepted.code).toBe(0);
    const text = await readFile(signedPath, 'utf8');
    const alteredPath = join(downloads, 'altered.json');
    await writeFile(alteredPath, text.replace('annual reports', 'annual report!'));
    const rejected = await runCli('verify', [alteredPath, '--data-dir', relay.dataDir]);
    expect(rejected.stdout).toContain('Result: NOT VALID');
    expect(rejected.code).toBe(1);

    // An edit after sign-off: still signed for 1.0's content, but no longer Final.
    await typeAtEnd(owner, ' Amended after sign-off.');
    const changed = 'Draft — changed since 1.0 (signed)';
    await expect.poll(() => status(owner)).toBe(changed);
    await expect.poll(() => status(sab)).toBe(changed);
  });

  it('marks an overdue review in the document and in the document list', async () => {
    const page = await open({ doc: DOC, role: 'editor', name: 'Sam Okafor' });
    const overdue = /^Review overdue by \d+ days$/;
    await expect
      .poll(() => page.locator('.document-status [data-review]').innerText())
      .toMatch(overdue);
    await page.getByRole('link', { name: 'All protocols' }).click();
    const row = page.locator(`[data-doc-id="${DOC}"]`);
    await expect.poll(() => row.locator('[data-review="overdue"]').innerText()).toMatch(overdue);
  });
});
