import { describe, expect, it } from 'vitest';
import { enterInsertedBlock, insertBlockBySlash } from './harness/blocks.ts';
import { focusLandsOn, openNewDocument } from './harness/blockKeys.ts';
import { BODY, insertLines, inView } from './harness/editor.ts';
import { useRelayAndBrowser } from './harness/useRelayAndBrowser.ts';

describe('undoing a block edit from elsewhere in the document', () => {
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
    await insertBlockBySlash(page, 'glossary');
    await enterInsertedBlock(page);
    await focusLandsOn(page, 'Add acronym');
    await page.keyboard.press('Enter');
    await focusLandsOn(page, 'Entry 1: Acronym');
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
});
