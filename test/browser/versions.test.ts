import { describe, expect, it } from 'vitest';
import { newUser } from './harness/browser.ts';
import { BODY, bodyText } from './harness/editor.ts';
import { useRelayAndBrowser } from './harness/useRelayAndBrowser.ts';

describe('named versions in Chromium', () => {
  const env = useRelayAndBrowser();

  it('saves 0.1, edits, saves 0.2, compares them (redline and a matrix change), views and restores 0.1', async () => {
    const { page } = await newUser(env.browser, {
      name: 'Wendy Lowder',
      organisation: 'Safer Barnsley',
    });
    await page.goto(`${env.relay.url}/`);
    await page
      .getByRole('button', { name: /Open a copy of the example: Example: Barnsley/ })
      .click();
    await page.locator(`${BODY} .block--priorityMatrix`).waitFor();

    const versionsTab = page.getByRole('tab', { name: 'Versions' });
    await versionsTab.click();
    await page.getByRole('button', { name: 'Save version 0.1' }).click();
    await expect.poll(() => page.locator('[data-version="0.1"]').count()).toBe(1);
    await expect.poll(() => page.locator('[data-named-version="0.1"]').count()).toBe(1);

    const intro = page.locator(`${BODY} p`, { hasText: 'This protocol describes how' });
    await intro.click();
    // End only reaches the end of the visual line; put the caret after the last character.
    await intro.evaluate((p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      range.collapse(false);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await page.keyboard.type(' Added after the first version.');
    await expect
      .poll(() => intro.innerText())
      .toMatch(/they share\. Added after the first version\.$/);
    const cell = page.getByRole('combobox', { name: 'Domestic Abuse: Safeguarding Adults Board' });
    await cell.selectOption('lead');
    await versionsTab.click();
    await page.locator('.save-version').getByLabel('Rationale').fill('After the chairs’ meeting');
    await page.getByRole('button', { name: 'Save version 0.2' }).click();
    await expect.poll(() => page.locator('[data-version="0.2"]').count()).toBe(1);

    await page.getByLabel('Compare from').selectOption({ label: '0.1' });
    await page.getByLabel('Compare to').selectOption({ label: '0.2' });
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const result = page.getByRole('region', { name: 'Changes from version 0.1 to version 0.2' });
    await expect
      .poll(async () => (await result.locator('.redline ins').allTextContents()).join('|'))
      .toContain('Added after the first version.');
    expect(await result.locator('.compare__changes').innerText()).toContain(
      'Domestic Abuse: Safeguarding Adults Board Contributing → Lead',
    );

    await page.getByRole('button', { name: 'View version 0.1' }).click();
    const viewer = page.getByRole('dialog', { name: 'Version 0.1 (read only)' });
    await expect
      .poll(() => viewer.locator('.document-body--version').innerText())
      .toContain('Introduction');
    expect(await viewer.locator('.document-body--version').innerText()).not.toContain(
      'Added after the first version.',
    );
    await viewer.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Restore version 0.1' }).click();
    await page
      .getByRole('dialog', { name: 'Restore version 0.1?' })
      .getByRole('button', { name: 'Restore' })
      .click();
    await expect.poll(() => bodyText(page)).not.toContain('Added after the first version.');
    await expect.poll(() => cell.inputValue()).toBe('contributing');
    expect(await page.locator('.versions__list li').count()).toBe(2);
  });
});
