import { beforeAll, describe, expect, it } from 'vitest';
import { newUser, type TestUser } from './harness/browser.ts';
import { useRelayAndBrowser } from './harness/useRelayAndBrowser.ts';
import {
  BODY,
  bodyText,
  bodyTexts,
  insertLines,
  inView,
  openDocument,
  typeAtEnd,
} from './harness/editor.ts';

/** The paragraphs' text as the page shows it. */
const paragraphs = (user: TestUser) => bodyTexts(user.page, 'p');

describe('typing and deleting go through the editor, keys and remote keystrokes alike', () => {
  const env = useRelayAndBrowser();
  let amira: TestUser;
  let ben: TestUser;
  const docId = `typing-${Date.now().toString(36)}`;

  beforeAll(async () => {
    amira = await newUser(env.browser, { name: 'Amira Khan', organisation: 'Barnsley SAB' });
    ben = await newUser(env.browser, { name: 'Ben Okafor', organisation: 'Barnsley HWB' });
    await openDocument(amira.page, env.relay.url, docId);
    await openDocument(ben.page, env.relay.url, docId);
  });

  it('deletes a whole emoji with Backspace and one letter with Delete, for both people', async () => {
    await typeAtEnd(amira.page, 'Lead: SAB 👩‍👧');
    await expect.poll(() => bodyText(ben.page)).toContain('Lead: SAB 👩‍👧');
    await amira.page.keyboard.press('Backspace');
    await amira.page.keyboard.press('Home');
    await amira.page.keyboard.press('Delete');
    await amira.page.keyboard.type('l');
    await expect.poll(() => paragraphs(ben)).toEqual(['lead: SAB ']);
    expect(await paragraphs(amira)).toEqual(['lead: SAB ']);
  });

  it('keeps Markdown shortcuts and the formatting typed into', async () => {
    await typeAtEnd(amira.page, '.');
    await amira.page.keyboard.press('Enter');
    await amira.page.keyboard.type('## Escalation');
    await expect.poll(() => bodyTexts(ben.page, 'h2')).toEqual(['Escalation']);

    await amira.page.keyboard.press('Enter');
    await amira.page.keyboard.press('Control+b');
    await amira.page.keyboard.type('must');
    await amira.page.keyboard.press('Control+b');
    await amira.page.keyboard.press('ArrowLeft');
    await amira.page.keyboard.press('ArrowLeft');
    await amira.page.keyboard.type('us');
    await expect.poll(() => bodyTexts(ben.page, 'strong')).toEqual(['muusst']);
  });

  it('applies a remote keystroke to its own paragraph, keeping every other node as it was', async () => {
    await typeAtEnd(amira.page, '.');
    await amira.page.keyboard.press('Enter');
    await amira.page.keyboard.type('Review annually.');
    await expect.poll(() => bodyText(ben.page)).toContain('Review annually.');

    // The ProseMirror nodes of Ben's document, before Amira types again.
    const keep = () =>
      ben.page.locator(BODY).evaluate((body) => {
        type PMNode = { childCount: number; child(i: number): PMNode; type: { name: string } };
        const doc = (body as unknown as { pmViewDesc: { node: PMNode } }).pmViewDesc.node;
        const w = window as unknown as { kept?: unknown[] };
        // The document's blocks, in the editor's sections or not.
        const children = (node: PMNode) =>
          Array.from({ length: node.childCount }, (_, i) => node.child(i));
        const now = children(doc).flatMap((child) =>
          child.type.name === 'section' ? children(child) : [child],
        );
        if (!w.kept) w.kept = now;
        return now.map((node, i) => node === w.kept![i]);
      });
    const count = (await keep()).length;
    expect(count).toBeGreaterThan(3);

    await amira.page.locator(`${BODY} p`).first().click();
    await amira.page.keyboard.press('End');
    await amira.page.keyboard.type('!');
    await expect.poll(() => paragraphs(ben)).toContain('lead: SAB .!');
    // Only the paragraph typed in is new; the heading and the other paragraphs are the
    // very nodes they were, so their views, decorations and clause numbers are not redone.
    expect(await keep()).toEqual([false, ...Array<boolean>(count - 1).fill(true)]);
  });

  it('keeps my caret before text someone else adds right at it', async () => {
    const samePlace = `${docId}-same-place`;
    await openDocument(amira.page, env.relay.url, samePlace);
    await openDocument(ben.page, env.relay.url, samePlace);
    await typeAtEnd(amira.page, 'Chair: ');
    await expect.poll(() => paragraphs(ben)).toEqual(['Chair: ']);
    await typeAtEnd(ben.page, 'HWB');
    await expect.poll(() => paragraphs(amira)).toEqual(['Chair: HWB']);
    await amira.page.keyboard.type('SAB, ');
    await expect.poll(() => paragraphs(ben)).toEqual(['Chair: SAB, HWB']);
  });

  it('puts text inserted without keys where the caret is, in a paragraph just made too', async () => {
    // An input method's or dictation's commit right after Enter, line after line.
    await openDocument(amira.page, env.relay.url, `${docId}-inserted`);
    await amira.page.locator(BODY).click();
    const lines = Array.from({ length: 40 }, (_, i) => `Line ${i + 1}.`);
    await insertLines(amira.page, lines);
    await expect.poll(() => paragraphs(amira)).toEqual([...lines, '']);
  });

  it('keeps the reader’s place and caret when text is added above them', async () => {
    const longDoc = `${docId}-long`;
    await openDocument(amira.page, env.relay.url, longDoc);
    await openDocument(ben.page, env.relay.url, longDoc);
    await amira.page.locator(BODY).click();
    const clauses = Array.from({ length: 60 }, (_, i) => `Clause ${i + 1}.`);
    await insertLines(amira.page, clauses);
    await expect.poll(() => paragraphs(ben)).toEqual([...clauses, '']);

    // Ben reads clause 45, a long way down, with his caret in it.
    const clause45 = ben.page.locator(`${BODY} p`, { hasText: 'Clause 45.' });
    await clause45.scrollIntoViewIfNeeded();
    await clause45.click();
    await ben.page.keyboard.press('End');
    const top = () => clause45.evaluate((el) => Math.round(el.getBoundingClientRect().top));
    const before = await top();

    await amira.page.keyboard.press('Control+Home');
    await insertLines(
      amira.page,
      Array.from({ length: 6 }, (_, i) => `Preamble ${i + 1}.`),
    );
    await expect.poll(() => bodyText(ben.page)).toContain('Preamble 6.');

    expect(Math.abs((await top()) - before)).toBeLessThan(5);
    await ben.page.keyboard.type(' Agreed.');
    await expect.poll(() => paragraphs(ben)).toContain('Clause 45. Agreed.');
  });

  it('scrolls the caret into view when typing wraps below the window', async () => {
    // Amira, still in the long document, types at the end of a clause at the window's foot.
    const clause = amira.page.locator(`${BODY} p`, { hasText: 'Clause 30.' });
    await clause.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await clause.click();
    await amira.page.keyboard.press('End');
    /** How far the clause's last line is below the bottom of the area that scrolls. */
    const belowFold = () =>
      clause.evaluate((el) => {
        let scroller: Element | null = el.parentElement;
        while (scroller && scroller.scrollHeight <= scroller.clientHeight) {
          scroller = scroller.parentElement;
        }
        const bottom =
          scroller && scroller !== document.documentElement
            ? scroller.getBoundingClientRect().bottom
            : window.innerHeight;
        return Math.round(el.getBoundingClientRect().bottom - bottom);
      });
    expect(await belowFold()).toBeLessThanOrEqual(0);

    await amira.page.keyboard.type(
      ' Each partner reports on it to its own board, which decides within a month.'.repeat(3),
    );
    await expect
      .poll(() => paragraphs(ben))
      .toContain(
        `Clause 30.${' Each partner reports on it to its own board, which decides within a month.'.repeat(3)}`,
      );
    await expect.poll(belowFold).toBeLessThanOrEqual(0);
  });

  it('puts the caret at what undo and redo change, and scrolls it into view', async () => {
    // Amira, still in the long document, adds to clause 5, then reads on at clause 55.
    const clause5 = amira.page.locator(`${BODY} p`, { hasText: 'Clause 5.' });
    const clause55 = amira.page.locator(`${BODY} p`, { hasText: 'Clause 55.' });
    await clause5.scrollIntoViewIfNeeded();
    await clause5.click();
    await amira.page.keyboard.press('End');
    await amira.page.keyboard.type(' Agreed.');
    await expect.poll(() => paragraphs(ben)).toContain('Clause 5. Agreed.');
    const readOn = async () => {
      await clause55.scrollIntoViewIfNeeded();
      await clause55.click();
      expect(await inView(clause5)).toBe(false);
    };
    /** The text of the paragraph holding the caret, and whether the caret is at its end. */
    const caret = () =>
      amira.page.evaluate(() => {
        const selection = getSelection()!;
        const node = selection.anchorNode!;
        const paragraph = (node instanceof Element ? node : node.parentElement)!.closest('p')!;
        const range = document.createRange();
        range.selectNodeContents(paragraph);
        range.setStart(node, selection.anchorOffset);
        return { text: paragraph.textContent, atEnd: range.toString() === '' };
      });

    await readOn();
    await amira.page.keyboard.press('Control+z');
    await expect.poll(() => paragraphs(ben)).toContain('Clause 5.');
    expect(await caret()).toEqual({ text: 'Clause 5.', atEnd: true });
    await expect.poll(() => inView(clause5)).toBe(true);

    await readOn();
    await amira.page.keyboard.press('Control+Shift+z');
    await expect.poll(() => paragraphs(ben)).toContain('Clause 5. Agreed.');
    expect(await caret()).toEqual({ text: 'Clause 5. Agreed.', atEnd: true });
    await expect.poll(() => inView(clause5)).toBe(true);
    await amira.page.keyboard.type(' Signed.');
    await expect.poll(() => paragraphs(ben)).toContain('Clause 5. Agreed. Signed.');
  });

  it('starts a new undo step when the caret moves elsewhere, however quickly', async () => {
    const typeAtEndOf = async (text: string, added: string) => {
      await amira.page.locator(`${BODY} p`, { hasText: text }).click();
      await amira.page.keyboard.press('End');
      await amira.page.keyboard.type(added);
    };
    // Both within the half second in which Yjs joins changes into one undo step.
    await typeAtEndOf('Clause 10.', ' Lead: SAB.');
    await typeAtEndOf('Clause 12.', ' Lead: HWBB.');
    await expect.poll(() => paragraphs(ben)).toContain('Clause 12. Lead: HWBB.');
    await amira.page.keyboard.press('Control+z');
    await expect.poll(() => paragraphs(ben)).toContain('Clause 12.');
    expect(await paragraphs(amira)).toContain('Clause 10. Lead: SAB.');
  });
});
