import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDoc } from '../../shared/document/docFields.ts';
import { exportDocx } from '../../shared/publish/exportDocx.ts';
import { preparePublication } from '../../shared/publish/preparePublication.ts';
import { applyTemplate } from '../../shared/templates/applyTemplate.ts';
import { everyBlockSpec } from '../../shared/testing/everyBlockSpec.ts';
import { removeDir, tempDir } from '../support/tempDir.ts';
import { newUser, type TestUser } from './harness/browser.ts';
import { wcagViolations } from './harness/blockKeys.ts';
import { BODY } from './harness/editor.ts';
import { useRelayAndBrowser } from './harness/useRelayAndBrowser.ts';

/** Chooses a format from the Export menu and returns the saved download's name and bytes. */
async function exportAs(page: Page, label: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      await page.getByRole('button', { name: 'Export' }).click();
      await page.getByRole('menuitem', { name: label }).click();
    })(),
  ]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

describe('export and import in Chromium', () => {
  const env = useRelayAndBrowser();
  let user: TestUser;
  let dir: string;

  beforeAll(async () => {
    user = await newUser(env.browser, { name: 'Wendy Lowder', organisation: 'Safer Barnsley' });
    dir = await tempDir('export-import');
  });
  afterAll(async () => {
    await removeDir(dir);
  });

  it('the Export menu saves the open protocol as Word, PDF, Markdown, HTML and JSON', async () => {
    const { page } = user;
    await page.goto(`${env.relay.url}/`);
    await page
      .getByRole('button', { name: /Open a copy of the example: Example: Barnsley/ })
      .click();
    await page.locator(`${BODY} .block--priorityMatrix`).waitFor();
    const base = 'Inter-Partnership-Joint-Working-Protocol';

    const docx = await exportAs(page, 'Word (.docx)');
    expect(docx.name).toBe(`${base}.docx`);
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');

    const pdf = await exportAs(page, 'PDF');
    expect(pdf.name).toBe(`${base}.pdf`);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.bytes.toString('latin1')).toContain('Roboto');

    const md = await exportAs(page, 'Markdown');
    expect(md.name).toBe(`${base}.md`);
    expect(md.bytes.toString()).toContain('# Inter-Partnership Joint Working Protocol');
    expect(md.bytes.toString()).toContain('| Strategic priority |');

    const html = await exportAs(page, 'HTML');
    expect(html.bytes.toString()).toContain('<th scope="row">Domestic Homicide Reviews</th>');

    const json = await exportAs(page, 'JSON');
    expect(JSON.parse(json.bytes.toString())).toMatchObject({ format: 'protocol-document' });
  });

  it('the Export menu works with the keyboard alone', async () => {
    const { page } = user;
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Word (.docx)');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Markdown');
    await page.keyboard.press('Enter');
    expect((await downloaded).suggestedFilename()).toMatch(/\.md$/);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Exported' }).count())
      .toBe(1);
  });

  it('exports Word and PDF offline, from the device’s copy and the cached app', async () => {
    const { context, page } = await newUser(env.browser, {
      name: 'Ola Offline',
      organisation: 'SAB',
    });
    await page.goto(`${env.relay.url}/`);
    // The service worker caches every built file, the PDF fonts and the lazy chunks included.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          if (!navigator.serviceWorker.controller) return false;
          const requests = await Promise.all(
            (await caches.keys()).map(async (key) => (await caches.open(key)).keys()),
          );
          return requests.flat().some((r) => r.url.endsWith('.ttf'));
        }),
      )
      .toBe(true);
    await page
      .getByRole('button', { name: /Open a copy of the example: Example: Somerset/ })
      .click();
    await page.locator(`${BODY} .block--sharedResponsibilities`).waitFor();
    await context.setOffline(true);
    // The network is gone: the relay cannot be asked for anything.
    const reach = () =>
      fetch('/healthz').then(
        () => 'online',
        () => 'offline',
      );
    expect(await page.evaluate(reach)).toBe('offline');
    const pdf = await exportAs(page, 'PDF');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await exportAs(page, 'Word (.docx)');
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
    await context.close();
  });

  it('importing a .docx from the list shows the import report and opens the new protocol', async () => {
    const doc = createDoc();
    applyTemplate(doc, everyBlockSpec);
    const file = join(dir, 'every-block.docx');
    await writeFile(file, await exportDocx(preparePublication(doc)));

    const { page } = user;
    await page.goto(`${env.relay.url}/`);
    await page.getByLabel('Choose a file to import').setInputFiles(file);
    const report = page.getByRole('region', { name: 'Import report: every-block.docx' });
    await report.waitFor();
    const blocks = await report.locator('.import-report__blocks li').allInnerTexts();
    expect(blocks).toContain('Priority matrix: 2 priorities × 3 partnerships');
    expect(blocks).toContain('Signatories: 2 signatories');
    expect(await report.innerText()).toContain('Safeguarding Adults Board (SAB)');
    expect(await wcagViolations(page)).toEqual([]);
    await expect
      .poll(() => page.getByRole('row', { name: /Joint Working Protocol for Four Boards/ }).count())
      .toBe(1);

    await report.getByRole('link', { name: /Open/ }).click();
    await page.locator(`${BODY} .block--priorityMatrix`).waitFor();
    expect(await page.getByLabel('Document title').inputValue()).toBe(everyBlockSpec.title);
  });

  it('a corrupt file gets a clear error and creates nothing', async () => {
    const { page } = user;
    await page.goto(`${env.relay.url}/`);
    // Count once the relay's list has been merged in, not just the device's.
    await page.locator('main:not([data-relay-list="loading"]) table.document-table').waitFor();
    const before = await page.locator('table.document-table tbody tr').count();
    const file = join(dir, 'renamed.docx');
    await writeFile(file, 'this was a text file');
    await page.getByLabel('Choose a file to import').setInputFiles(file);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('is not a Word document');
    expect(await alert.innerText()).toContain('Nothing was created.');
    expect(await page.locator('table.document-table tbody tr').count()).toBe(before);
  });
});
