import type { Locator, Page } from 'playwright-core';
import * as Y from 'yjs';
import { bodyFragment } from '../../../shared/document/docFields.ts';

/** The editable body of the open document. */
export const BODY = '#document-body';

/** Opens a document and waits until its editor is ready to type in. */
export async function openDocument(page: Page, baseUrl: string, docId: string): Promise<void> {
  await page.goto(`${baseUrl}/d/${docId}`);
  await page.locator(BODY).waitFor({ state: 'visible' });
}

/** Puts the caret at the end of the body and types, as a person would. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await page.locator(BODY).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** Each line committed as text without key presses (as an input method does), then Enter. */
export async function insertLines(page: Page, lines: readonly string[]): Promise<void> {
  for (const line of lines) {
    await page.keyboard.insertText(line);
    await page.keyboard.press('Enter');
  }
}

/** What the editor draws that is not document text: remote carets, clause numbers. */
const DECORATIONS = '.collaboration-carets__caret, .clause-number';

/** The body's visible text, without the labels of other people's carets. */
export function bodyText(page: Page): Promise<string> {
  return page.locator(BODY).evaluate((body, decorations) => {
    const copy = body.cloneNode(true) as HTMLElement;
    for (const extra of copy.querySelectorAll(decorations)) extra.remove();
    return copy.innerText || (copy.textContent ?? '');
  }, DECORATIONS);
}

/** Text of every element matching `selector` in the body, without remote caret labels. */
export function bodyTexts(page: Page, selector: string): Promise<string[]> {
  return page.locator(BODY).evaluate(
    (body, [sel, decorations]) =>
      [...body.querySelectorAll(sel)].map((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        for (const extra of copy.querySelectorAll(decorations)) extra.remove();
        return copy.textContent ?? '';
      }),
    [selector, DECORATIONS] as const,
  );
}

/** The sync state the status bar shows: offline, syncing or synced. */
export function syncState(page: Page): Promise<string | null> {
  return page.locator('[data-sync-state]').getAttribute('data-sync-state');
}

/**
 * Reads the document straight out of the page's IndexedDB (not through the app) and
 * returns the body text stored on the device: proof of what would survive a reload.
 */
export async function storedBodyText(page: Page, docId: string): Promise<string> {
  const rows = await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('protocol-editor');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<{ docId: string; update: Uint8Array }[]>((resolve, reject) => {
      const request = db.transaction('updates').objectStore('updates').getAll();
      request.onsuccess = () => resolve(request.result as { docId: string; update: Uint8Array }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all.filter((row) => row.docId === id).map((row) => Array.from(row.update));
  }, docId);
  const doc = new Y.Doc({ gc: false });
  for (const row of rows) Y.applyUpdate(doc, new Uint8Array(row));
  return bodyFragment(doc)
    .toArray()
    .map((node) => (node instanceof Y.XmlElement || node instanceof Y.XmlText ? xmlText(node) : ''))
    .join('\n');
}

function xmlText(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) return node.toString().replace(/<[^>]+>/g, '');
  return node
    .toArray()
    .map((child) =>
      child instanceof Y.XmlElement || child instanceof Y.XmlText ? xmlText(child) : '',
    )
    .join('');
}

/**
 * Whether all of the element shows: inside the window (the document scrolls with the
 * page) and below the toolbar that stays at its top.
 */
export function inView(element: Locator): Promise<boolean> {
  return element.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const toolbars = [...document.querySelectorAll('.toolbar-row, .toolbar')];
    const covered = Math.max(0, ...toolbars.map((bar) => bar.getBoundingClientRect().bottom));
    return box.top >= covered && box.bottom <= window.innerHeight;
  });
}
