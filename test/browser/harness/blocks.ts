import type { Page } from 'playwright-core';
import { exportPath } from '../../../shared/protocol/paths.ts';
import type { DocumentExport } from '../../../shared/document/exportJson.ts';
import { BODY } from './editor.ts';

/** Inserts a block with the keyboard alone: "/" + a query in a new paragraph, then Enter. */
export async function insertBlockBySlash(page: Page, query: string): Promise<void> {
  await page.locator(BODY).focus();
  await page.keyboard.press('Control+End');
  // ProseMirror notices the caret move on the next selectionchange; until then a block
  // may still be selected and Enter would go into it.
  await page.locator(`${BODY} .ProseMirror-selectednode`).waitFor({ state: 'detached' });
  await page.keyboard.press('Enter');
  await page.keyboard.type(`/${query}`);
  await page.locator('.slash-menu [role="option"][aria-selected="true"]').waitFor();
  await page.keyboard.press('Enter');
}

/**
 * From a just-inserted (selected) block, goes down to the text after it and back up
 * the way a person would: ArrowUp from the text selects the block, Enter focuses its
 * first field.
 */
export async function enterInsertedBlock(page: Page): Promise<void> {
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.locator('.block--selected').waitFor();
  await page.keyboard.press('Enter');
}

/** Adds a partnership through the side panel, with the keyboard only. */
export async function addPartnershipByKeyboard(
  page: Page,
  name: string,
  acronym: string,
): Promise<void> {
  await page.getByRole('tab', { name: /Partnerships/ }).click();
  const before = await page.locator('[data-partnership-field$=":name"]').count();
  await page.getByRole('button', { name: 'Add partnership' }).focus();
  await page.keyboard.press('Enter');
  // The new partnership's name field takes focus once it is drawn.
  await page.waitForFunction(
    (count) =>
      document.querySelectorAll('[data-partnership-field$=":name"]').length === count + 1 &&
      document.activeElement?.getAttribute('data-partnership-field')?.endsWith(':name'),
    before,
  );
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(acronym);
}

/** The relay's JSON export of a document. */
export async function exported(baseUrl: string, docId: string): Promise<DocumentExport> {
  const response = await fetch(`${baseUrl}${exportPath(docId)}`);
  if (!response.ok) throw new Error(`export failed: ${response.status}`);
  return (await response.json()) as DocumentExport;
}

/** The data of the first block of a type in an export. */
export function blockOf<T>(doc: DocumentExport, type: string): T | undefined {
  return doc.blocks.find((b) => b.type === type)?.data as T | undefined;
}

/** Messages in the validation panel. */
export async function problemMessages(page: Page): Promise<string[]> {
  await page.getByRole('tab', { name: /Problems/ }).click();
  return page.locator('.problem__message').allInnerTexts();
}

/** Waits until the focused element matches `selector` (e.g. after "Add row" moves focus). */
export async function waitForFocus(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((sel) => document.activeElement?.matches(sel) ?? false, selector);
}
