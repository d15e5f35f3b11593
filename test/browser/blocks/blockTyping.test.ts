import { describe, expect, it } from 'vitest';
import { insertBlockBySlash } from '../harness/blocks.ts';
import { openNewDocument } from '../harness/blockKeys.ts';
import { BODY, bodyTexts } from '../harness/editor.ts';
import { useRelayAndBrowser } from '../harness/useRelayAndBrowser.ts';

describe('typing while a block is selected', () => {
  const env = useRelayAndBrowser();

  it('never replaces the block: the text starts a new paragraph after it', async () => {
    const { page, close } = await openNewDocument(env, 'block-typing');
    await insertBlockBySlash(page, 'glossary');
    await page.locator(`${BODY} .ProseMirror-selectednode`).waitFor();
    await page.keyboard.type('Next paragraph');
    await expect.poll(() => bodyTexts(page, 'p')).toContain('Next paragraph');
    expect(await page.locator(`${BODY} .block--glossary`).count()).toBe(1);
    await close();
  });
});
