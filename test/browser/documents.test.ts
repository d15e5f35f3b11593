import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { newUser, type TestUser } from './harness/browser.ts';
import { useRelayAndBrowser } from './harness/useRelayAndBrowser.ts';
import { BODY, openDocument, syncState, typeAtEnd } from './harness/editor.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page against WCAG 2.2 A and AA and returns the violations. */
async function wcagViolations(page: Page): Promise<AxeViolation[]> {
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

describe('the document list and pages in Chromium', () => {
  const env = useRelayAndBrowser();
  let ivy: TestUser;

  beforeAll(async () => {
    ivy = await newUser(env.browser, { name: 'Ivy Chen', organisation: 'Somerset HWB' });
  });

  it('creates a document from the list, titles it, and lists it with its sync state', async () => {
    const { page } = ivy;
    await page.goto(`${env.relay.url}/`);
    await page.getByRole('button', { name: 'New blank protocol' }).click();
    await page.locator(BODY).waitFor();
    expect(page.url()).toMatch(/\/d\/[a-z0-9]{16}$/);
    await page.getByLabel('Document title').fill('Somerset Working Together Protocol');
    await typeAtEnd(page, 'Six boards agree how they work together.');
    await expect.poll(() => syncState(page)).toBe('synced');

    await page.getByRole('link', { name: '← All protocols' }).click();
    const row = page.getByRole('row', { name: /Somerset Working Together Protocol/ });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('Synced');
  });

  it('renames and deletes from the list, for this device and the relay', async () => {
    const { page } = ivy;
    await page.goto(`${env.relay.url}/`);
    await page.getByRole('button', { name: 'Rename Somerset Working Together Protocol' }).click();
    const input = page.getByLabel('New title');
    await input.fill('Somerset Protocol 2026');
    await input.press('Enter');
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('Renamed');
    await expect
      .poll(async () => {
        const body = (await (await fetch(`${env.relay.url}/api/docs`)).json()) as {
          documents: { title: string }[];
        };
        return body.documents.map((d) => d.title);
      })
      .toContain('Somerset Protocol 2026');

    await page.getByRole('button', { name: 'Delete Somerset Protocol 2026' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this protocol?' });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect
      .poll(() => page.getByRole('row', { name: /Somerset Protocol 2026/ }).count())
      .toBe(0);
    await expect
      .poll(async () => {
        const body = (await (await fetch(`${env.relay.url}/api/docs`)).json()) as {
          documents: { title: string }[];
        };
        return body.documents.map((d) => d.title);
      })
      .not.toContain('Somerset Protocol 2026');
  });

  it('explains a malformed document address instead of opening anything', async () => {
    const { page } = ivy;
    const response = await page.goto(`${env.relay.url}/d/..%2F..%2Fetc%2Fpasswd`);
    expect(response?.status()).toBe(400);
    expect(await page.innerText('body')).toContain('not a valid document address');
  });

  it('has no WCAG 2.2 A/AA violations on the list or in the editor', async () => {
    const { page } = ivy;
    await openDocument(page, env.relay.url, `axe-${Date.now().toString(36)}`);
    await typeAtEnd(page, 'Checked for accessibility.');
    const other = await newUser(env.browser, { name: 'Jo Reid', organisation: 'Sandwell SSCB' });
    await openDocument(other.page, env.relay.url, page.url().split('/d/')[1]!);
    await other.page.locator(BODY).click();
    await expect.poll(() => page.locator('.collaboration-carets__label').count()).toBe(1);
    expect(await wcagViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /^You:/ }).click();
    expect(await wcagViolations(page)).toEqual([]);

    await page.goto(`${env.relay.url}/`);
    await page.locator('table').waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await other.context.close();
  });
});
