import { beforeAll, describe, expect, it } from 'vitest';
import { newUser, type TestUser } from './harness/browser.ts';
import { useRelayAndBrowser } from './harness/useRelayAndBrowser.ts';
import { BODY, openDocument, storedBodyText } from './harness/editor.ts';

/** The numbers drawn before the headings and clauses, in order, as the page shows them. */
function drawnNumbers(user: TestUser): Promise<string[]> {
  return user.page
    .locator(BODY)
    .evaluate((body) =>
      [...body.querySelectorAll('.clause-number')].map((number) => number.textContent ?? ''),
    );
}

describe('clause numbers in the editor', () => {
  const env = useRelayAndBrowser();
  let amira: TestUser;
  let ben: TestUser;
  const docId = `clauses-${Date.now().toString(36)}`;

  beforeAll(async () => {
    amira = await newUser(env.browser, { name: 'Amira Khan', organisation: 'Barnsley SAB' });
    ben = await newUser(env.browser, { name: 'Ben Okafor', organisation: 'Barnsley HWB' });
    await openDocument(amira.page, env.relay.url, docId);
    await openDocument(ben.page, env.relay.url, docId);
  });

  it('numbers headings and clauses for everyone, renumbering as clauses are added, never as text', async () => {
    await amira.page.locator(BODY).click();
    await amira.page.keyboard.type('# Purpose\n');
    await amira.page.keyboard.press('Control+Alt+N');
    await amira.page.keyboard.type('Boards share their plans.\nChairs meet yearly.');
    await expect.poll(() => drawnNumbers(ben)).toEqual(['1.', '1.1', '1.2']);
    expect(await drawnNumbers(amira)).toEqual(['1.', '1.1', '1.2']);

    // A clause added in the middle renumbers those after it.
    await amira.page.keyboard.press('ArrowUp');
    await amira.page.keyboard.press('End');
    await amira.page.keyboard.type('\nReports go to every board.');
    await expect.poll(() => drawnNumbers(ben)).toEqual(['1.', '1.1', '1.2', '1.3']);
    // The numbers are drawn before the text, and are not document text.
    await expect
      .poll(() => storedBodyText(ben.page, docId))
      .toContain('Reports go to every board.');
    expect(await storedBodyText(ben.page, docId)).not.toMatch(/1\.\d/);
    expect(await amira.page.locator(`${BODY} h1`).evaluate((h) => h.firstChild?.textContent)).toBe(
      '1.',
    );
  });
});
