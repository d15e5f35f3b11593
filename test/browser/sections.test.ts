import { beforeAll, describe, expect, it } from 'vitest';
import { newUser, type TestUser } from './harness/browser.ts';
import { useRelayAndBrowser } from './harness/useRelayAndBrowser.ts';
import { BODY, bodyText, bodyTexts, insertLines, openDocument } from './harness/editor.ts';

const SECTION = `${BODY} > .doc-section`;

/** How many blocks each of the editor's sections holds, in order. */
const sectionSizes = (user: TestUser) =>
  user.page.locator(SECTION).evaluateAll((sections) => sections.map((s) => s.childElementCount));

describe('the editor’s sections are invisible to editing', () => {
  const env = useRelayAndBrowser();
  let amira: TestUser;
  let ben: TestUser;
  const docId = `sections-${Date.now().toString(36)}`;
  const lines = Array.from({ length: 70 }, (_, i) => `Clause ${i + 1}.`);

  beforeAll(async () => {
    amira = await newUser(env.browser, { name: 'Amira Khan', organisation: 'Barnsley SAB' });
    ben = await newUser(env.browser, { name: 'Ben Okafor', organisation: 'Barnsley HWB' });
    await openDocument(amira.page, env.relay.url, docId);
    await openDocument(ben.page, env.relay.url, docId);
    await amira.page.locator(BODY).click();
    await insertLines(amira.page, lines);
  });

  it('groups a long document in sections, for the person typing and the one reading', async () => {
    await expect.poll(() => bodyTexts(ben.page, 'p')).toEqual([...lines, '']);
    for (const user of [amira, ben]) {
      const sizes = await sectionSizes(user);
      expect(sizes.length).toBeGreaterThan(1);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(48);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(lines.length + 1);
    }
  });

  it('joins paragraphs across a section’s edge with Backspace and Delete', async () => {
    const [first] = await sectionSizes(amira);
    const start = amira.page.locator(`${SECTION}:nth-child(2) > p`).first();
    const startText = await start.innerText();
    const before = lines[first! - 1]!;
    await start.click();
    await amira.page.keyboard.press('Home');
    await amira.page.keyboard.press('Backspace');
    const joined = `${before}${startText}`;
    await expect.poll(() => bodyTexts(ben.page, 'p')).toContain(joined);
    expect(await bodyTexts(amira.page, 'p')).toHaveLength(lines.length);

    // Split again with Enter, then join once more from the other side with Delete.
    await amira.page.keyboard.press('Enter');
    await expect.poll(() => bodyTexts(ben.page, 'p')).toEqual([...lines, '']);
    const [firstNow] = await sectionSizes(amira);
    const texts = await bodyTexts(amira.page, 'p');
    const end = amira.page.locator(`${SECTION}:first-child > p`).nth(firstNow! - 1);
    await end.click();
    await amira.page.keyboard.press('End');
    await amira.page.keyboard.press('Delete');
    const joinedForward = `${texts[firstNow! - 1]}${texts[firstNow!]}`;
    await expect.poll(() => bodyTexts(ben.page, 'p')).toContain(joinedForward);
    expect(await bodyTexts(amira.page, 'p')).toContain(joinedForward);
    expect(await bodyTexts(ben.page, 'p')).toHaveLength(lines.length);
  });

  it('copies across a section’s edge without the sections, and pastes it anywhere', async () => {
    // From the end of the first section's last paragraph to 3 letters into the next one.
    const [first] = await sectionSizes(amira);
    const texts = await bodyTexts(amira.page, 'p');
    await amira.page
      .locator(`${SECTION}:first-child > p`)
      .nth(first! - 1)
      .click();
    await amira.page.keyboard.press('End');
    for (let i = 0; i < 4; i++) await amira.page.keyboard.press('Shift+ArrowRight');
    // The editor reads the page's selection on its selectionchange event: wait for that.
    await expect
      .poll(() =>
        amira.page.locator(BODY).evaluate((body) => {
          type Editor = {
            state: {
              selection: { from: number; to: number };
              doc: { textBetween(from: number, to: number, separator: string): string };
            };
          };
          const { state } = (body as unknown as { editor: Editor }).editor;
          return state.doc.textBetween(state.selection.from, state.selection.to, '\n');
        }),
      )
      .toBe(`\n${texts[first!]!.slice(0, 3)}`);
    const html = await amira.page.locator(BODY).evaluate((body) => {
      const clipboard = new DataTransfer();
      (window as unknown as { clipboard: DataTransfer }).clipboard = clipboard;
      body.dispatchEvent(new ClipboardEvent('copy', { clipboardData: clipboard, bubbles: true }));
      return clipboard.getData('text/html');
    });
    expect(html).toContain(texts[first!]!.slice(0, 3));
    expect(html).not.toContain('doc-section');
    expect(html).not.toMatch(/data-pm-slice="[^"]*section/);

    // Pasted at the end of the document's first paragraph: a new paragraph after it.
    await amira.page.locator(`${BODY} p`).first().click();
    await amira.page.keyboard.press('End');
    await amira.page.locator(BODY).evaluate((body) => {
      const clipboard = (window as unknown as { clipboard: DataTransfer }).clipboard;
      body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true }));
    });
    const expected = [texts[0], texts[first!]!.slice(0, 3), ...texts.slice(1)];
    await expect.poll(() => bodyTexts(ben.page, 'p')).toEqual(expected);
    expect(await bodyTexts(amira.page, 'p')).toEqual(expected);
  });

  it('shows the other person’s caret where they are, in any section', async () => {
    const last = ben.page.locator(`${BODY} p`, { hasText: 'Clause 69.' });
    await last.scrollIntoViewIfNeeded();
    await last.click();
    await ben.page.keyboard.press('End');
    const caret = amira.page.locator('.collaboration-carets__caret', { hasText: 'Ben Okafor' });
    await caret.scrollIntoViewIfNeeded();
    await expect
      .poll(() => caret.evaluate((el) => el.closest('p')?.textContent?.replace(/Ben.*$/, '')))
      .toBe('Clause 69.');
  });

  it('keeps my caret with my text when someone else rebuilds the blocks around it', async () => {
    const other = `${docId}-caret`;
    await openDocument(amira.page, env.relay.url, other);
    await openDocument(ben.page, env.relay.url, other);
    await amira.page.locator(BODY).click();
    const many = Array.from({ length: 60 }, (_, i) => `Item ${i + 1}.`);
    await insertLines(amira.page, many);
    await expect.poll(() => bodyTexts(ben.page, 'p')).toEqual([...many, '']);

    // Ben's caret sits inside "Item 55." (after "Item 5"), with a line break after it.
    const item = ben.page.locator(`${BODY} p`, { hasText: 'Item 55.' });
    await item.scrollIntoViewIfNeeded();
    await item.click();
    await ben.page.keyboard.press('End');
    await ben.page.keyboard.press('Shift+Enter');
    await ben.page.keyboard.type('(lead: SAB)');
    for (let i = 0; i < '5.'.length + 1 + '(lead: SAB)'.length; i++) {
      await ben.page.keyboard.press('ArrowLeft');
    }

    // Amira deletes from "Item 10" to "Item 40" (across a section's edge), and types at
    // the end of Ben's paragraph (its inline content holds a line break, so it is rebuilt).
    const from = amira.page.locator(`${BODY} p`, { hasText: 'Item 10.' });
    await from.click();
    await amira.page.keyboard.press('Home');
    const to = amira.page.locator(`${BODY} p`, { hasText: 'Item 40.' });
    await to.click({ modifiers: ['Shift'] });
    await amira.page.keyboard.press('Shift+End');
    await amira.page.keyboard.press('Backspace');
    // (Ben's caret, drawn inside "Item 55.", splits that text on Amira's screen.)
    const theirs = amira.page.locator(`${BODY} p`, { hasText: '(lead: SAB)' });
    await theirs.click();
    await amira.page.keyboard.press('End');
    await amira.page.keyboard.type(' agreed');
    await expect.poll(() => bodyText(ben.page)).toContain('(lead: SAB) agreed');
    await expect.poll(() => bodyText(ben.page)).not.toContain('Item 20.');

    await ben.page.keyboard.type('!');
    await expect.poll(() => bodyTexts(amira.page, 'p')).toContain('Item 5!5.(lead: SAB) agreed');
  });
});
