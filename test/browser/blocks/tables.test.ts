import { describe, expect, it } from 'vitest';
import type { CoordinationTableData } from '../../../shared/blocks/coordinationTable/coordinationTable.ts';
import type { GeneralTableData } from '../../../shared/blocks/generalTable/generalTable.ts';
import type { GlossaryData } from '../../../shared/blocks/glossary/glossary.ts';
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
  showProblems,
  shownProblems,
  tabTo,
} from '../harness/blockKeys.ts';
import { BODY } from '../harness/editor.ts';
import { useRelayAndBrowser } from '../harness/useRelayAndBrowser.ts';

describe('coordination table, glossary and general table in Chromium, by keyboard alone', () => {
  const env = useRelayAndBrowser();

  it('coordination table: a titled group and a Frequency / Action row in it', async () => {
    const { page, docId, close } = await openNewDocument(env, 'coordination');
    await showProblems(page);
    await insertBlockBySlash(page, 'coordination');
    await enterInsertedBlock(page);

    await focusLandsOn(page, 'Add group');
    await page.keyboard.press('Enter');
    await focusLandsOn(page, 'Group 1: Title');
    await page.keyboard.type('Information sharing');
    // The group's own actions: only Remove is enabled for a single group.
    await tabTo(page, 'Remove group Information sharing');
    await tabTo(page, 'Add row to Information sharing');
    await page.keyboard.press('Enter');
    await focusLandsOn(page, 'Information sharing, row 1: Frequency');
    await expect
      .poll(() => shownProblems(page))
      .toEqual([
        'Row 1 of Information sharing has no frequency.',
        'Row 1 of Information sharing has no action.',
      ]);
    await page.keyboard.type('Quarterly');
    await tabTo(page, 'Information sharing, row 1: Action');
    await page.keyboard.type('Exchange safeguarding data and trends.');
    await expect.poll(() => shownProblems(page)).toEqual([]);

    const doc = await relayExport(
      page,
      env.relay.url,
      docId,
      (d) =>
        blockOf<CoordinationTableData>(d, 'coordinationTable')?.groups[0]?.rows[0]?.action ===
        'Exchange safeguarding data and trends.',
    );
    expect(blockOf<CoordinationTableData>(doc, 'coordinationTable')).toEqual({
      groups: [
        {
          id: expect.any(String),
          title: 'Information sharing',
          rows: [
            {
              id: expect.any(String),
              frequency: 'Quarterly',
              action: 'Exchange safeguarding data and trends.',
            },
          ],
        },
      ],
    });
    await close();
  });

  it('glossary: an acronym typed in, and one used in the text defined from its problem', async () => {
    const { page, docId, close } = await openNewDocument(env, 'glossary');
    await addPartnershipByKeyboard(page, 'Safeguarding Adults Board', 'SAB');
    await showProblems(page);
    await page.locator(BODY).focus();
    await page.keyboard.type('The JSNA informs the plans of the SAB.');
    await insertBlockBySlash(page, 'glossary');
    await enterInsertedBlock(page);

    await focusLandsOn(page, 'Add acronym');
    await expect
      .poll(() => shownProblems(page))
      .toEqual(['JSNA is used in the text but not defined in the glossary.']);
    await page.keyboard.press('Enter');
    await focusLandsOn(page, 'Entry 1: Acronym');
    await page.keyboard.type('DHR');
    await tabTo(page, 'DHR: Meaning');
    await page.keyboard.type('Domestic Homicide Review');
    // Row actions (only Remove for one entry), Add acronym, Sort A–Z is disabled for one.
    await tabTo(page, 'Remove DHR');
    await tabTo(page, 'Add acronym');
    await tabTo(page, 'Define JSNA');
    await page.keyboard.press('Enter');
    // The new entry has its acronym; focus goes to its meaning.
    await focusLandsOn(page, 'JSNA: Meaning');
    await expect.poll(() => shownProblems(page)).toEqual(['JSNA has no meaning.']);
    await page.keyboard.type('Joint Strategic Needs Assessment');
    await expect.poll(() => shownProblems(page)).toEqual([]);

    const doc = await relayExport(
      page,
      env.relay.url,
      docId,
      (d) =>
        blockOf<GlossaryData>(d, 'glossary')?.entries[1]?.meaning ===
        'Joint Strategic Needs Assessment',
    );
    expect(blockOf<GlossaryData>(doc, 'glossary')).toEqual({
      entries: [
        { id: expect.any(String), acronym: 'DHR', meaning: 'Domestic Homicide Review' },
        { id: expect.any(String), acronym: 'JSNA', meaning: 'Joint Strategic Needs Assessment' },
      ],
    });
    await close();
  });

  it('general table: title, headers (two merged), cells, and a row added', async () => {
    const { page, docId, close } = await openNewDocument(env, 'table');
    await insertBlockBySlash(page, 'table');
    await enterInsertedBlock(page);

    await focusLandsOn(page, 'Table title');
    await page.keyboard.type('Contacts');
    await tabTo(page, 'Header of column 1');
    await page.keyboard.type('Board');
    await tabTo(page, 'Merge header Board with the next');
    await page.keyboard.press('Enter');
    // Focus stays on the button; the header now spans the first two columns.
    await tabTo(page, 'Split header Board');
    await tabTo(page, 'Header of column 3');
    await page.keyboard.type('Email');
    // The column tools: Move right and Remove for column 1, Move left, right and Remove
    // for column 2, Move left and Remove for column 3, then the first cell.
    await tabTo(page, 'Row 1, Column 1: Board', 8);
    await page.keyboard.type('SAB');
    await tabTo(page, 'Row 1, Column 2: Board');
    await page.keyboard.type('Kim Lee');
    await tabTo(page, 'Row 1, Column 3: Email');
    await page.keyboard.type('kim.lee@example.org');
    // Move down and Remove row 1, row 2's three cells, Move up and Remove, Add row.
    await tabTo(page, 'Add row', 8);
    await page.keyboard.press('Enter');
    await focusLandsOn(page, 'Row 3, Column 1: Board');
    await page.keyboard.type('SBP');

    const doc = await relayExport(
      page,
      env.relay.url,
      docId,
      (d) => blockOf<GeneralTableData>(d, 'generalTable')?.rows.length === 3,
    );
    const table = blockOf<GeneralTableData>(doc, 'generalTable')!;
    const [c1, c2, c3] = table.columns.map((c) => c.id);
    expect(table).toEqual({
      title: 'Contacts',
      columns: [
        { id: c1, header: 'Board', span: 2 },
        { id: c2, header: '', span: 1 },
        { id: c3, header: 'Email', span: 1 },
      ],
      rows: [
        {
          id: expect.any(String),
          cells: { [c1!]: 'SAB', [c2!]: 'Kim Lee', [c3!]: 'kim.lee@example.org' },
        },
        { id: expect.any(String), cells: {} },
        { id: expect.any(String), cells: { [c1!]: 'SBP' } },
      ],
    });
    await close();
  });
});
