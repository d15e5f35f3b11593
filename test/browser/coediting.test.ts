import { beforeAll, describe, expect, it } from 'vitest';
import { newUser, type TestUser } from './harness/browser.ts';
import { useRelayAndBrowser } from './harness/useRelayAndBrowser.ts';
import { BODY, bodyText, bodyTexts, openDocument, syncState, typeAtEnd } from './harness/editor.ts';

describe('two people co-editing in Chromium through the real relay', () => {
  const env = useRelayAndBrowser();
  let amira: TestUser;
  let ben: TestUser;
  const docId = `coedit-${Date.now().toString(36)}`;

  beforeAll(async () => {
    amira = await newUser(env.browser, { name: 'Amira Khan', organisation: 'Barnsley SAB' });
    ben = await newUser(env.browser, {
      name: 'Ben Okafor',
      organisation: 'Safer Barnsley Partnership',
      color: '#047857',
    });
    await openDocument(amira.page, env.relay.url, docId);
    await openDocument(ben.page, env.relay.url, docId);
  });

  it('shows each person the other’s text', async () => {
    await typeAtEnd(amira.page, 'Safeguarding is everyone’s business. ');
    await expect.poll(() => bodyText(ben.page)).toContain('Safeguarding is everyone’s business.');
    await typeAtEnd(ben.page, 'Agreed by all four boards.');
    await expect.poll(() => bodyText(amira.page)).toContain('Agreed by all four boards.');
    await expect.poll(() => bodyText(ben.page)).toContain('Safeguarding is everyone’s business.');
  });

  it('labels each remote caret with name and organisation', async () => {
    await amira.page.locator(BODY).click();
    await ben.page.locator(BODY).click();
    const benSeesAmira = ben.page.locator('.collaboration-carets__label', {
      hasText: 'Amira Khan · Barnsley SAB',
    });
    await expect.poll(() => benSeesAmira.count()).toBe(1);
    const amiraSeesBen = amira.page.locator('.collaboration-carets__label', {
      hasText: 'Ben Okafor · Safer Barnsley Partnership',
    });
    await expect.poll(() => amiraSeesBen.count()).toBe(1);
  });

  it('counts the people here and reports all changes synced', async () => {
    await expect
      .poll(() => amira.page.locator('[data-people-here]').getAttribute('data-people-here'))
      .toBe('2');
    await expect.poll(() => syncState(amira.page)).toBe('synced');
    await expect.poll(() => syncState(ben.page)).toBe('synced');
  });

  it('undo reverts only my own typing, never the other person’s', async () => {
    await typeAtEnd(ben.page, ' Ben-line');
    await expect.poll(() => bodyText(amira.page)).toContain('Ben-line');
    await amira.page.keyboard.press('Enter');
    await amira.page.keyboard.type('Amira-line');
    await expect.poll(() => bodyText(ben.page)).toContain('Amira-line');

    await amira.page.locator(BODY).focus();
    await amira.page.keyboard.press('Control+z');
    await expect.poll(() => bodyText(amira.page)).not.toContain('Amira-line');
    await expect.poll(() => bodyText(ben.page)).not.toContain('Amira-line');
    expect(await bodyText(amira.page)).toContain('Ben-line');
    expect(await bodyText(ben.page)).toContain('Ben-line');

    await amira.page.keyboard.press('Control+Shift+z');
    await expect.poll(() => bodyText(ben.page)).toContain('Amira-line');
  });

  it('formats with the keyboard and shows the shortcuts on the toolbar', async () => {
    const toolbar = amira.page.getByRole('toolbar', { name: 'Formatting' });
    await expect.poll(() => toolbar.getByRole('button', { name: 'Bold Ctrl+B' }).count()).toBe(1);
    expect(await toolbar.innerText()).toContain('Ctrl+B');

    await typeAtEnd(amira.page, ' ');
    await amira.page.keyboard.press('Control+b');
    await amira.page.keyboard.type('must');
    await amira.page.keyboard.press('Control+b');
    await expect.poll(() => bodyTexts(ben.page, 'strong')).toContain('must');

    await amira.page.keyboard.press('Enter');
    await amira.page.keyboard.press('Control+Alt+2');
    await amira.page.keyboard.type('Escalation');
    await expect.poll(() => bodyTexts(ben.page, 'h2')).toContain('Escalation');

    // Alt+F10 reaches the toolbar; arrow keys move along it.
    await amira.page.keyboard.press('Alt+F10');
    const focused = () =>
      amira.page.evaluate(() => document.activeElement?.getAttribute('data-action'));
    expect(await focused()).toBe('undo');
    await amira.page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('redo');
  });
});
