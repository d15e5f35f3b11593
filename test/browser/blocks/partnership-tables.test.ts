import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LeadTableData } from '../../../shared/blocks/leadTable/leadTable.ts';
import type { PartnershipProfilesData } from '../../../shared/blocks/partnershipProfiles/partnershipProfiles.ts';
import type { ReportingArrangementsData } from '../../../shared/blocks/reportingArrangements/reportingArrangements.ts';
import type { SharedResponsibilitiesData } from '../../../shared/blocks/sharedResponsibilities/sharedResponsibilities.ts';
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
} from '../harness/blockKeys.ts';
import { useRelayAndBrowser } from '../harness/useRelayAndBrowser.ts';

const SAB = 'Safeguarding Adults Board';
const SBP = 'Safer Barnsley Partnership';

/** The two boards every test here works between, added in the side panel by keyboard. */
async function addTwoPartnerships(page: Page): Promise<void> {
  await addPartnershipByKeyboard(page, SAB, 'SAB');
  await addPartnershipByKeyboard(page, SBP, 'SBP');
}

/** The id of the row whose first field has focus (read, not touched). */
function focusedRowId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-row-input') ?? '');
}

describe('blocks with a column or a choice per partnership, in Chromium, by keyboard alone', () => {
  const env = useRelayAndBrowser();

  it('reporting arrangements: a report for a chosen owner, sent to the other board, and another body', async () => {
    const { page, docId, close } = await openNewDocument(env, 'reporting');
    await addTwoPartnerships(page);
    await showProblems(page);
    await insertBlockBySlash(page, 'reporting');
    await enterInsertedBlock(page);

    await focusLandsOn(page, 'Table title');
    await retype(page, 'Reporting to the boards');
    // No reports yet: the table has no controls, so the owner choice comes next.
    await tabTo(page, 'Owner of the new report');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'Add report');
    await page.keyboard.press('Enter');
    await focusLandsOn(page, `${SBP} report 1 title`);
    const reportId = await focusedRowId(page);
    await page.keyboard.type('Annual Report');
    await expect
      .poll(() => shownProblems(page))
      .toEqual([
        'Annual Report goes to no board: choose Present, Inform or Consult for at least one.',
      ]);
    await tabTo(page, 'Owner of Annual Report');
    // The SAB's column; the SBP's own column has no controls.
    await tabTo(page, `Annual Report to ${SAB}: action`);
    await page.keyboard.press('ArrowDown');
    await tabTo(page, `Annual Report to ${SAB}: when`);
    await page.keyboard.type('Autumn');
    await expect.poll(() => shownProblems(page)).toEqual([]);

    await tabTo(page, 'Remove Annual Report');
    await tabTo(page, 'Owner of the new report');
    await tabTo(page, 'Add report');
    await tabTo(page, 'Add other body');
    await page.keyboard.press('Enter');
    await focusLandsOn(page, 'Other body 1 name');
    await expect.poll(() => shownProblems(page)).toEqual(['A receiving body has no name.']);
    await page.keyboard.type('Scrutiny Committee');
    await expect.poll(() => shownProblems(page)).toEqual([]);

    const doc = await relayExport(
      page,
      env.relay.url,
      docId,
      (d) =>
        blockOf<ReportingArrangementsData>(d, 'reportingArrangements')?.otherBodies[0]?.name ===
        'Scrutiny Committee',
    );
    const [sab, sbp] = doc.partnerships.map((p) => p.id) as [string, string];
    expect(blockOf<ReportingArrangementsData>(doc, 'reportingArrangements')).toEqual({
      title: 'Reporting to the boards',
      reports: [{ id: reportId, owner: sbp, title: 'Annual Report' }],
      otherBodies: [{ id: expect.any(String), name: 'Scrutiny Committee' }],
      cells: { [reportId]: { [sab]: { action: 'present', timing: 'Autumn' } } },
    });
    await close();
  });

  it('shared responsibilities: a theme with a paragraph (two lines) for each partnership', async () => {
    const { page, docId, close } = await openNewDocument(env, 'responsibilities');
    await addTwoPartnerships(page);
    await showProblems(page);
    await insertBlockBySlash(page, 'responsibilities');
    await enterInsertedBlock(page);

    await focusLandsOn(page, 'Table title');
    await tabTo(page, 'Add theme');
    await page.keyboard.press('Enter');
    await focusLandsOn(page, 'Theme 1 name');
    const themeId = await focusedRowId(page);
    await page.keyboard.type('Modern Slavery');
    await expect
      .poll(() => shownProblems(page))
      .toEqual(['Modern Slavery says nothing about any partnership yet.']);
    await tabTo(page, `Modern Slavery: ${SAB}`);
    // Enter in a paragraph is a new line, not a way out of the block.
    await page.keyboard.type('Raises awareness among care providers.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Trains safeguarding leads.');
    await expect.poll(() => shownProblems(page)).toEqual([]);
    await tabTo(page, `Modern Slavery: ${SBP}`);
    await page.keyboard.type('Leads the local response.');

    const doc = await relayExport(
      page,
      env.relay.url,
      docId,
      (d) =>
        Object.keys(
          blockOf<SharedResponsibilitiesData>(d, 'sharedResponsibilities')?.cells[themeId] ?? {},
        ).length === 2,
    );
    const [sab, sbp] = doc.partnerships.map((p) => p.id) as [string, string];
    expect(blockOf<SharedResponsibilitiesData>(doc, 'sharedResponsibilities')).toEqual({
      title: 'Shared statutory responsibilities',
      themes: [{ id: themeId, title: 'Modern Slavery' }],
      cells: {
        [themeId]: {
          [sab]: 'Raises awareness among care providers.\nTrains safeguarding leads.',
          [sbp]: 'Leads the local response.',
        },
      },
    });
    await close();
  });

  it('lead table: a theme, its lead chosen in the select, and further information', async () => {
    const { page, docId, close } = await openNewDocument(env, 'lead');
    await addTwoPartnerships(page);
    await showProblems(page);
    await insertBlockBySlash(page, 'lead');
    await enterInsertedBlock(page);

    await focusLandsOn(page, 'Table title');
    await retype(page, 'Themes we share');
    await tabTo(page, 'Add theme');
    await page.keyboard.press(' ');
    await focusLandsOn(page, 'Theme 1: Theme');
    await page.keyboard.type('Domestic Abuse');
    await expect
      .poll(() => shownProblems(page))
      .toEqual(['Domestic Abuse has no lead partnership.']);
    await tabTo(page, 'Domestic Abuse: Lead partnership');
    // "Choose the lead", then the register in order: SAB, SBP.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => shownProblems(page)).toEqual([]);
    await tabTo(page, 'Domestic Abuse: Further information');
    await page.keyboard.type('Through the Domestic Abuse Local Partnership Board.');

    const doc = await relayExport(
      page,
      env.relay.url,
      docId,
      (d) => !!blockOf<LeadTableData>(d, 'leadTable')?.rows[0]?.info.endsWith('Board.'),
    );
    expect(blockOf<LeadTableData>(doc, 'leadTable')).toEqual({
      title: 'Themes we share',
      rows: [
        {
          id: expect.any(String),
          theme: 'Domestic Abuse',
          leadId: doc.partnerships[1]!.id,
          info: 'Through the Domestic Abuse Local Partnership Board.',
        },
      ],
    });
    await close();
  });

  it('partnership profiles: purposes, duties and priorities typed into the register, the chair shown', async () => {
    const { page, docId, close } = await openNewDocument(env, 'profiles');
    await addTwoPartnerships(page);
    await showProblems(page);
    await insertBlockBySlash(page, 'profiles');
    await enterInsertedBlock(page);

    await focusLandsOn(page, `${SAB}: board purpose`);
    await expect
      .poll(() => shownProblems(page))
      .toEqual([`${SAB} has no purpose in its profile.`, `${SBP} has no purpose in its profile.`]);
    await page.keyboard.type('To protect adults at risk of abuse.');
    await tabTo(page, `${SAB}: statutory duties, one per line`);
    await page.keyboard.type('Publish a strategic plan');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Publish an annual report');
    await tabTo(page, `${SAB}: board priorities, one per line`);
    await page.keyboard.type('Self-neglect');
    await tabTo(page, `${SBP}: board purpose`);
    await page.keyboard.type('To reduce crime and disorder.');
    await expect.poll(() => shownProblems(page)).toEqual([]);

    await tabTo(page, 'Show each partnership’s chair', 3);
    await page.keyboard.press(' ');
    // The chair rows appear above each purpose; back up to the SBP's.
    await tabTo(page, `${SBP}: chair`, 4, { back: true });
    await page.keyboard.type('Jane Doe');

    const doc = await relayExport(
      page,
      env.relay.url,
      docId,
      (d) => d.partnerships[1]?.chair === 'Jane Doe',
    );
    expect(blockOf<PartnershipProfilesData>(doc, 'partnershipProfiles')).toEqual({
      showChair: true,
    });
    expect(doc.partnerships).toEqual([
      {
        id: expect.any(String),
        name: SAB,
        acronym: 'SAB',
        chair: '',
        statutoryBasis: '',
        purpose: 'To protect adults at risk of abuse.',
        duties: ['Publish a strategic plan', 'Publish an annual report'],
        priorities: ['Self-neglect'],
      },
      {
        id: expect.any(String),
        name: SBP,
        acronym: 'SBP',
        chair: 'Jane Doe',
        statutoryBasis: '',
        purpose: 'To reduce crime and disorder.',
        duties: [],
        priorities: [],
      },
    ]);
    await close();
  });
});
