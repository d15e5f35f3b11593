import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  addPartnershipByKeyboard,
  enterInsertedBlock,
  insertBlockBySlash,
} from './harness/blocks.ts';
import { focusedName, focusLandsOn, openNewDocument, tabTo } from './harness/blockKeys.ts';
import { BODY, bodyTexts, insertLines, inView } from './harness/editor.ts';
import { useRelayAndBrowser } from './harness/useRelayAndBrowser.ts';

describe('undoing block edits', () => {
  const env = useRelayAndBrowser();

  it('selects the block it changed and scrolls it into view, for undo and redo', async () => {
    const { page, close } = await openNewDocument(env, 'block-undo');
    await page.locator(BODY).focus();
    const clause = 'Each partner reports on it to its own board, which decides within a month.';
    await insertLines(
      page,
      Array.from({ length: 40 }, (_, i) => `Clause ${i + 1}. ${clause}`),
    );
    // A glossary at the end, with one acronym typed in.
    await startGlossaryEntry(page);
    await page.keyboard.type('DHR');

    const glossary = page.locator(`${BODY} .block--glossary`);
    const acronym = page.getByRole('textbox', { name: 'Entry 1: Acronym' });
    const readFromTheTop = async () => {
      const first = page.locator(`${BODY} p`, { hasText: 'Clause 1.' });
      await first.scrollIntoViewIfNeeded();
      await first.click();
      expect(await inView(glossary)).toBe(false);
    };
    const selected = () => glossary.evaluate((el) => !!el.closest('.ProseMirror-selectednode'));

    await readFromTheTop();
    await page.keyboard.press('Control+z');
    await expect.poll(() => acronym.inputValue()).toBe('');
    await expect.poll(() => inView(glossary)).toBe(true);
    expect(await selected()).toBe(true);

    await readFromTheTop();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => acronym.inputValue()).toBe('DHR');
    await expect.poll(() => inView(glossary)).toBe(true);
    expect(await selected()).toBe(true);
    await close();
  });

  it('takes back one field at a time inside a block, and Ctrl+Z keeps working when the row goes', async () => {
    const { page, close } = await openNewDocument(env, 'field-undo');
    await page.locator(BODY).focus();
    await page.keyboard.type('Purpose of the protocol.');
    await startGlossaryEntry(page);
    // Both fields typed within the half second in which Yjs joins changes into one step.
    await page.keyboard.type('DHR');
    await tabTo(page, 'DHR: Meaning');
    await page.keyboard.type('Domestic Homicide Review');

    const glossary = page.locator(`${BODY} .block--glossary`);
    const values = () =>
      glossary
        .locator('input')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    await page.keyboard.press('Control+z');
    await expect.poll(values).toEqual(['DHR', '']);
    await page.keyboard.press('Control+z');
    await expect.poll(values).toEqual(['', '']);
    // The next step is the added row: its field, focused, goes with it.
    await page.keyboard.press('Control+z');
    await expect.poll(values).toEqual([]);
    await expect.poll(() => focusedName(page)).toBe('Document text');
    expect(await glossary.evaluate((el) => !!el.closest('.ProseMirror-selectednode'))).toBe(true);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(values).toEqual(['', '']);
    await close();
  });

  it('Ctrl+Z in the title and the register takes steps from the same history as the text', async () => {
    const { page, close } = await openNewDocument(env, 'outside-undo');
    await page.locator(BODY).focus();
    await page.keyboard.type('Purpose of the protocol.');
    const title = page.getByLabel('Document title');
    await title.focus();
    await page.keyboard.type('Barnsley protocol');
    const paragraphs = () => bodyTexts(page, 'p');

    await page.keyboard.press('Control+z');
    await expect.poll(() => title.inputValue()).toBe('');
    // The browser's own undo of the field would stop here; the shared history goes on.
    await page.keyboard.press('Control+z');
    await expect.poll(paragraphs).toEqual(['']);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(paragraphs).toEqual(['Purpose of the protocol.']);
    await page.keyboard.press('Control+y');
    await expect.poll(() => title.inputValue()).toBe('Barnsley protocol');
    expect(await focusedName(page)).toBe('Document title');

    await addPartnershipByKeyboard(page, 'Safeguarding Adults Board', 'SAB');
    const field = (name: string) => page.locator(`[data-partnership-field$=":${name}"]`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => field('acronym').inputValue()).toBe('');
    await page.keyboard.press('Control+z');
    await expect.poll(() => field('name').inputValue()).toBe('');
    // Taking back the partnership takes its focused field away; Ctrl+Z goes on working.
    await page.keyboard.press('Control+z');
    await expect.poll(() => field('name').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => title.inputValue()).toBe('');
    await close();
  });

  it('shows the register when Ctrl+Z in the text takes back a change to it', async () => {
    const { page, close } = await openNewDocument(env, 'register-undo');
    await addPartnershipByKeyboard(page, 'Safeguarding Adults Board', 'SAB');
    const partnershipsTab = page.getByRole('tab', { name: /Partnerships/ });
    await page.getByRole('tab', { name: /Problems/ }).click();
    await page.locator(BODY).click();
    expect(await partnershipsTab.getAttribute('aria-selected')).toBe('false');

    await page.keyboard.press('Control+z');
    await expect.poll(() => partnershipsTab.getAttribute('aria-selected')).toBe('true');
    await expect
      .poll(() => page.locator('[data-partnership-field$=":acronym"]').inputValue())
      .toBe('');
    await close();
  });
});

/** Inserts a glossary at the end and adds an entry, leaving focus on its acronym. */
async function startGlossaryEntry(page: Page): Promise<void> {
  await insertBlockBySlash(page, 'glossary');
  await enterInsertedBlock(page);
  await focusLandsOn(page, 'Add acronym');
  await page.keyboard.press('Enter');
  await focusLandsOn(page, 'Entry 1: Acronym');
}
