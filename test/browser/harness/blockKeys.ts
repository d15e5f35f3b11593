import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { DocumentExport } from '../../../shared/document/exportJson.ts';
import { exported } from './blocks.ts';
import type { TestUser } from './browser.ts';
import { BODY, openDocument, syncState } from './editor.ts';
import type { BrowserTestEnv } from './useRelayAndBrowser.ts';

/**
 * A person whose browser uses a known locale, so a focused `<input type="date">` takes
 * typed digits in a known order (en-US: month, day, year). Otherwise as `newUser`, which
 * leaves the locale to the machine.
 */
export async function newUserInLocale(
  browser: Browser,
  identity: { name: string; organisation: string },
  locale = 'en-US',
): Promise<TestUser> {
  // The app's CSP forbids injected scripts; the accessibility check injects axe-core.
  const context = await browser.newContext({ bypassCSP: true, locale });
  const stored = JSON.stringify({ color: '#b91c1c', ...identity, confirmed: true });
  await context.addInitScript((value) => {
    if (!localStorage.getItem('protocol-editor.identity')) {
      localStorage.setItem('protocol-editor.identity', value);
    }
  }, stored);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  return { context, page };
}

/** A fresh document open on a fresh device (en-US), and how to put the device away. */
export async function openNewDocument(
  env: BrowserTestEnv,
  prefix: string,
): Promise<{ page: Page; docId: string; close: () => Promise<void> }> {
  const docId = `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const { context, page } = await newUserInLocale(env.browser, {
    name: 'Kim Lee',
    organisation: 'Barnsley SAB',
  });
  await openDocument(page, env.relay.url, docId);
  return { page, docId, close: () => context.close() };
}

/**
 * The relay's JSON export once it holds the last edit (`arrived`) and the page says all
 * changes are synced. Edits travel to the relay in order, so the last one brings the rest.
 */
export async function relayExport(
  page: Page,
  baseUrl: string,
  docId: string,
  arrived: (doc: DocumentExport) => boolean,
): Promise<DocumentExport> {
  await expect.poll(() => syncState(page)).toBe('synced');
  let doc: DocumentExport | undefined;
  await expect
    .poll(async () => {
      doc = await exported(baseUrl, docId);
      return arrived(doc);
    })
    .toBe(true);
  return doc!;
}

/** Types an ISO date (YYYY-MM-DD) into the focused date input of an en-US page. */
export async function typeDate(page: Page, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  await page.keyboard.type(`${month}${day}${year}`);
}

/** The accessible name of the focused element, as these tests name controls. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement)) return '';
    const normal = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
    const label = el.getAttribute('aria-label');
    if (label) return label;
    const owner = (el as HTMLInputElement).labels?.[0];
    if (owner) {
      const copy = owner.cloneNode(true) as HTMLElement;
      for (const control of copy.querySelectorAll('input, select, textarea')) control.remove();
      return normal(copy.textContent);
    }
    return normal(el.textContent);
  });
}

/**
 * Presses Tab (Shift+Tab when `back`) `presses` times, as a keyboard user moving through
 * a block, then waits until focus is on the control named `name`: the tab order is part
 * of what is tested.
 */
export async function tabTo(
  page: Page,
  name: string,
  presses = 1,
  { back = false }: { back?: boolean } = {},
): Promise<void> {
  const key = back ? 'Shift+Tab' : 'Tab';
  for (let i = 0; i < presses; i++) await page.keyboard.press(key);
  const message = presses > 0 ? `focus after ${presses} × ${key}` : 'focus';
  await expect.poll(() => focusedName(page), { message }).toBe(name);
}

/** Waits until the focused control is named `name` (e.g. after an "Add" button's rAF). */
export function focusLandsOn(page: Page, name: string): Promise<void> {
  return tabTo(page, name, 0);
}

/** Replaces the whole text of the focused field, as a person would: select all, type. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
}

/**
 * Shows the Problems tab (before keyboard editing starts), so problems can then be read
 * with `shownProblems` without moving focus out of the block being edited.
 */
export async function showProblems(page: Page): Promise<void> {
  await page.getByRole('tab', { name: /Problems/ }).click();
  await page.locator('#panel-problems').waitFor();
}

/** Messages in the (already shown) Problems tab; reading them leaves focus where it is. */
export function shownProblems(page: Page): Promise<string[]> {
  return page.locator('#panel-problems .problem__message').allInnerTexts();
}

/**
 * Inserts a block after everything else with the slash menu, when the body may end with
 * a selected block (as it does right after an insertion). Ctrl+End moves the caret
 * natively; ProseMirror learns of it on the next `selectionchange`, and a key pressed
 * before that would still act on the selected block (Enter would go into it). A person
 * is never that fast; the test waits for the editor to see the caret move.
 */
export async function insertBlockAtEnd(page: Page, query: string): Promise<void> {
  await page.locator(BODY).focus();
  await page.keyboard.press('Control+End');
  await page.waitForFunction(
    (body) => !document.querySelector(`${body} .ProseMirror-selectednode`),
    BODY,
  );
  await page.keyboard.press('Enter');
  await page.keyboard.type(`/${query}`);
  await page.locator('.slash-menu [role="option"][aria-selected="true"]').waitFor();
  await page.keyboard.press('Enter');
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** One axe-core rule broken, with the elements that break it. */
export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page against WCAG 2.2 A and AA and returns the violations. */
export async function wcagViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (o: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}
