import { describe, expect, it } from 'vitest';
import type { DocumentHeaderData } from '../../../shared/blocks/documentHeader/documentHeader.ts';
import type { SignatoriesData } from '../../../shared/blocks/signatories/signatories.ts';
import type { VersionTableData } from '../../../shared/blocks/versionTable/versionTable.ts';
import {
  addPartnershipByKeyboard,
  blockOf,
  enterInsertedBlock,
  insertBlockBySlash,
} from '../harness/blocks.ts';
import {
  focusLandsOn,
  openNewDocument,
  relayExport,
  retype,
  showProblems,
  shownProblems,
  tabTo,
  typeDate,
} from '../harness/blockKeys.ts';
import { useRelayAndBrowser } from '../harness/useRelayAndBrowser.ts';

describe('header, version control and signatories in Chromium, by keyboard alone', () => {
  const env = useRelayAndBrowser();

  it('document header: the title, status, version and review date', async () => {
    const { page, docId, close } = await openNewDocument(env, 'header');
    await showProblems(page);
    await insertBlockBySlash(page, 'header');
    await enterInsertedBlock(page);

    await focusLandsOn(page, 'Title');
    await expect.poll(() => shownProblems(page)).toContain('The protocol has no review date.');
    await page.keyboard.type('Barnsley Joint Working Protocol');
    await tabTo(page, 'Status');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Version');
    await retype(page, '0.4');
    await tabTo(page, 'Review date');
    await typeDate(page, '2030-04-01');
    await expect.poll(() => shownProblems(page)).toEqual([]);
    expect(await page.locator('.doc-header__review').innerText()).toMatch(
      /^Review due in \d+ days$/,
    );
    // The header edits the document's own title, shown above the body too.
    await expect
      .poll(() => page.getByLabel('Document title').inputValue())
      .toBe('Barnsley Joint Working Protocol');

    const doc = await relayExport(
      page,
      env.relay.url,
      docId,
      (d) => blockOf<DocumentHeaderData>(d, 'documentHeader')?.reviewDate === '2030-04-01',
    );
    expect(doc.title).toBe('Barnsley Joint Working Protocol');
    expect(blockOf<DocumentHeaderData>(doc, 'documentHeader')).toEqual({
      status: 'final',
      version: '0.4',
      reviewDate: '2030-04-01',
    });
    await close();
  });

  it('version control: two rows added, typed and dated, a date out of order corrected', async () => {
    const { page, docId, close } = await openNewDocument(env, 'versions');
    await showProblems(page);
    await insertBlockBySlash(page, 'version');
    await enterInsertedBlock(page);

    await focusLandsOn(page, 'Add version');
    await page.keyboard.press('Enter');
    await focusLandsOn(page, 'Row 1: Version');
    await page.keyboard.type('0.1');
    await expect.poll(() => shownProblems(page)).toEqual(['Version 0.1 has no date.']);
    await tabTo(page, 'Version 0.1: Author');
    await page.keyboard.type('Kim Lee');
    await tabTo(page, 'Version 0.1: Date');
    await typeDate(page, '2026-11-01');
    await expect.poll(() => shownProblems(page)).toEqual([]);
    // After the year, the date input's calendar button is one more stop before the next field.
    await tabTo(page, 'Version 0.1: Rationale', 2);
    await page.keyboard.type('First draft');

    // Move up and down are disabled for a single row: Remove, then Add version.
    await tabTo(page, 'Remove Version 0.1');
    await tabTo(page, 'Add version');
    await page.keyboard.press(' ');
    await focusLandsOn(page, 'Row 2: Version');
    await page.keyboard.type('0.2');
    await tabTo(page, 'Version 0.2: Author');
    await page.keyboard.type('Jo Reid');
    await tabTo(page, 'Version 0.2: Date');
    await typeDate(page, '2026-10-15');
    await expect
      .poll(() => shownProblems(page))
      .toEqual(['Version 0.2 is dated before the row above it.']);
    // Back from the year to the month, and the whole date again.
    await tabTo(page, 'Version 0.2: Date', 2, { back: true });
    await typeDate(page, '2026-12-01');
    await expect.poll(() => shownProblems(page)).toEqual([]);
    await tabTo(page, 'Version 0.2: Rationale', 2);
    await page.keyboard.type('Comments from the SBP');

    const doc = await relayExport(
      page,
      env.relay.url,
      docId,
      (d) =>
        blockOf<VersionTableData>(d, 'versionTable')?.rows[1]?.rationale ===
        'Comments from the SBP',
    );
    expect(blockOf<VersionTableData>(doc, 'versionTable')).toEqual({
      rows: [
        {
          id: expect.any(String),
          version: '0.1',
          author: 'Kim Lee',
          date: '2026-11-01',
          rationale: 'First draft',
          legacy: true,
        },
        {
          id: expect.any(String),
          version: '0.2',
          author: 'Jo Reid',
          date: '2026-12-01',
          rationale: 'Comments from the SBP',
          legacy: true,
        },
      ],
    });
    await close();
  });

  it('signatories: a row per partnership filled in, and a third added for a chosen partnership', async () => {
    const { page, docId, close } = await openNewDocument(env, 'signatories');
    await addPartnershipByKeyboard(page, 'Safeguarding Adults Board', 'SAB');
    await addPartnershipByKeyboard(page, 'Safer Barnsley Partnership', 'SBP');
    await showProblems(page);
    await insertBlockBySlash(page, 'signatories');
    await enterInsertedBlock(page);

    // One row for each partnership in the register, each already signing for it.
    await focusLandsOn(page, 'Signatory 1: Name');
    await expect
      .poll(() => shownProblems(page))
      .toEqual(['Signatory 1 has no name.', 'Signatory 2 has no name.']);
    await page.keyboard.type('Ann Smith');
    await tabTo(page, 'Ann Smith: Designation');
    await page.keyboard.type('Independent Chair');
    await tabTo(page, 'Ann Smith: Partnership');
    await tabTo(page, 'Ann Smith: Signature');
    await page.keyboard.type('A. Smith');
    await tabTo(page, 'Ann Smith: Date');
    await typeDate(page, '2026-07-01');
    await tabTo(page, 'Move Ann Smith down', 2);
    await tabTo(page, 'Remove Ann Smith');
    await tabTo(page, 'Signatory 2: Name');
    await page.keyboard.type('Bob Jones');
    await tabTo(page, 'Bob Jones: Designation');
    await page.keyboard.type('Chair');
    await expect.poll(() => shownProblems(page)).toEqual([]);

    // Partnership, signature, the date (month, day, year, calendar button), Move up, Remove,
    // then Add signatory.
    await tabTo(page, 'Add signatory', 9);
    await page.keyboard.press('Enter');
    await focusLandsOn(page, 'Signatory 3: Name');
    await expect.poll(() => shownProblems(page)).toEqual(['Signatory 3 has no name.']);
    await page.keyboard.type('Cara Patel');
    await tabTo(page, 'Cara Patel: Designation');
    await page.keyboard.type('Deputy Chair');
    await tabTo(page, 'Cara Patel: Partnership');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => shownProblems(page)).toEqual([]);

    const doc = await relayExport(
      page,
      env.relay.url,
      docId,
      (d) => !!blockOf<SignatoriesData>(d, 'signatories')?.rows[2]?.partnershipId,
    );
    const [sab, sbp] = doc.partnerships.map((p) => p.id);
    expect(blockOf<SignatoriesData>(doc, 'signatories')).toEqual({
      rows: [
        {
          id: expect.any(String),
          name: 'Ann Smith',
          designation: 'Independent Chair',
          partnershipId: sab,
          signature: 'A. Smith',
          date: '2026-07-01',
        },
        {
          id: expect.any(String),
          name: 'Bob Jones',
          designation: 'Chair',
          partnershipId: sbp,
          signature: '',
          date: '',
        },
        {
          id: expect.any(String),
          name: 'Cara Patel',
          designation: 'Deputy Chair',
          partnershipId: sbp,
          signature: '',
          date: '',
        },
      ],
    });
    await close();
  });
});
