import { describe, expect, it } from 'vitest';
import type { PriorityMatrixData } from '../../shared/blocks/priorityMatrix/priorityMatrix.ts';
import { newUser } from './harness/browser.ts';
import {
  addPartnershipByKeyboard,
  blockOf,
  enterInsertedBlock,
  exported,
  insertBlockBySlash,
  problemMessages,
  waitForFocus,
} from './harness/blocks.ts';
import { BODY, openDocument, syncState } from './harness/editor.ts';
import { useRelayAndBrowser } from './harness/useRelayAndBrowser.ts';

describe('the priority matrix in Chromium, by keyboard', () => {
  const env = useRelayAndBrowser();

  it('is inserted from the slash menu, edited by keyboard, validated in place, and undone', async () => {
    const docId = `matrix-${Date.now().toString(36)}`;
    const { page } = await newUser(env.browser, { name: 'Kim Lee', organisation: 'Barnsley SAB' });
    await openDocument(page, env.relay.url, docId);
    await addPartnershipByKeyboard(page, 'Safeguarding Adults Board', 'SAB');
    await addPartnershipByKeyboard(page, 'Safer Barnsley Partnership', 'SBP');

    await insertBlockBySlash(page, 'matrix');
    await enterInsertedBlock(page);
    // First field: the title. Then Tab to "Add priority" (no rows yet) and press it.
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Barnsley strategic priorities');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForFocus(page, '[aria-label="Priority 1 name"]');
    await page.keyboard.type('Domestic Abuse');

    await expect
      .poll(() => problemMessages(page))
      .toContain('Domestic Abuse has no Lead partnership.');
    const cell = page.getByRole('combobox', { name: 'Domestic Abuse: Safer Barnsley Partnership' });
    await page
      .getByRole('button', { name: 'Go to: Domestic Abuse has no Lead partnership.' })
      .click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Priority 1 name');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await cell.evaluate((el) => el === document.activeElement)).toBe(true);
    await cell.selectOption('lead');
    await expect
      .poll(() => problemMessages(page))
      .not.toContain('Domestic Abuse has no Lead partnership.');

    await expect.poll(() => syncState(page)).toBe('synced');
    const doc = await exported(env.relay.url, docId);
    const sbp = doc.partnerships.find((p) => p.acronym === 'SBP')!.id;
    const matrix = blockOf<PriorityMatrixData>(doc, 'priorityMatrix')!;
    expect(matrix.title).toBe('Barnsley strategic priorities');
    expect(matrix.priorities.map((p) => p.title)).toEqual(['Domestic Abuse']);
    expect(Object.values(matrix.cells)).toEqual([{ [sbp]: 'lead' }]);

    // Ctrl+Z inside the block undoes the last block edit (the Lead), through the shared history.
    await cell.focus();
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => problemMessages(page))
      .toContain('Domestic Abuse has no Lead partnership.');
    expect(await page.locator(`${BODY} .block--priorityMatrix`).count()).toBe(1);
  });
});
