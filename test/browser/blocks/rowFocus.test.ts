import { describe, expect, it } from 'vitest';
import { enterInsertedBlock, insertBlockBySlash, waitForFocus } from '../harness/blocks.ts';
import { openNewDocument } from '../harness/blockKeys.ts';
import { useRelayAndBrowser } from '../harness/useRelayAndBrowser.ts';

describe('keyboard focus survives row moves and removals', () => {
  const env = useRelayAndBrowser();

  it('keeps focus on the row actions after moving the last row up and removing a row', async () => {
    const { page, close } = await openNewDocument(env, 'row-focus');
    await insertBlockBySlash(page, 'version');
    await enterInsertedBlock(page);
    for (const version of ['0.1', '0.2']) {
      await page.keyboard.press('Enter'); // "Add version" (the focused button)
      await waitForFocus(page, 'input[aria-label$=": Version"]:placeholder-shown');
      await page.keyboard.type(version);
      await page.getByRole('button', { name: 'Add version' }).focus();
    }
    const focused = () =>
      page.evaluate(
        () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName,
      );

    await page.getByRole('button', { name: 'Move Version 0.1 down' }).focus();
    await page.keyboard.press('Enter');
    // 0.1 is now last: its "down" button is disabled, so focus moves to "up", never to the page.
    await expect.poll(focused).toBe('Move Version 0.1 up');

    await page.getByRole('button', { name: 'Remove Version 0.2' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Remove Version 0.1');
    await close();
  });
});
