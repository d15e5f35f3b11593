import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { blockDefinitions } from '../../../shared/blocks/registry.ts';
import { addPartnershipByKeyboard, enterInsertedBlock } from '../harness/blocks.ts';
import {
  focusLandsOn,
  insertBlockAtEnd,
  openNewDocument,
  tabTo,
  wcagViolations,
} from '../harness/blockKeys.ts';
import { BODY } from '../harness/editor.ts';
import { useRelayAndBrowser } from '../harness/useRelayAndBrowser.ts';

/** One slash-menu word per block, each choosing its block first (registry order). */
const QUERIES: Record<string, string> = {
  documentHeader: 'header',
  versionTable: 'version',
  signatories: 'signatories',
  priorityMatrix: 'matrix',
  reportingArrangements: 'reporting',
  sharedResponsibilities: 'responsibilities',
  leadTable: 'lead',
  coordinationTable: 'coordination',
  partnershipProfiles: 'profiles',
  glossary: 'glossary',
  generalTable: 'table',
};

/** A way from a block's first control to an "Add" button (Tab by Tab), and where Enter lands. */
interface AddStep {
  path: string[];
  lands: string;
}

/**
 * How each block that starts without rows gets one, so the check also sees rows (left
 * empty, so marked as problems). The other blocks start with rows or profiles already.
 */
const FIRST_ROW: Record<string, AddStep[]> = {
  versionTable: [{ path: ['Add version'], lands: 'Row 1: Version' }],
  priorityMatrix: [{ path: ['Matrix title', 'Add priority'], lands: 'Priority 1 name' }],
  reportingArrangements: [
    {
      path: ['Table title', 'Owner of the new report', 'Add report'],
      lands: 'Safeguarding Adults Board report 1 title',
    },
  ],
  sharedResponsibilities: [{ path: ['Table title', 'Add theme'], lands: 'Theme 1 name' }],
  leadTable: [{ path: ['Table title', 'Add theme'], lands: 'Theme 1: Theme' }],
  coordinationTable: [
    { path: ['Add group'], lands: 'Group 1: Title' },
    {
      path: ['Group 1: Title', 'Remove group Group 1', 'Add row to Group 1'],
      lands: 'Group 1, row 1: Frequency',
    },
  ],
  glossary: [{ path: ['Add acronym'], lands: 'Entry 1: Acronym' }],
};

/** Enters the block just inserted and adds its first row, by keyboard. */
async function addFirstRow(page: Page, steps: AddStep[]): Promise<void> {
  await enterInsertedBlock(page);
  for (const { path, lands } of steps) {
    await focusLandsOn(page, path[0]!);
    for (const name of path.slice(1)) await tabTo(page, name);
    await page.keyboard.press('Enter');
    await focusLandsOn(page, lands);
  }
}

describe('every block on one page in Chromium', () => {
  const env = useRelayAndBrowser();

  it('inserts every block from the slash menu, adds a row where one starts empty, and has no WCAG 2.2 A/AA violations', async () => {
    const { page, close } = await openNewDocument(env, 'all-blocks');
    await addPartnershipByKeyboard(page, 'Safeguarding Adults Board', 'SAB');
    await addPartnershipByKeyboard(page, 'Safer Barnsley Partnership', 'SBP');
    const types = blockDefinitions.map((d) => d.type);
    expect(Object.keys(QUERIES).sort()).toEqual([...types].sort());
    for (const type of types) {
      await insertBlockAtEnd(page, QUERIES[type]!);
      const steps = FIRST_ROW[type];
      if (steps) await addFirstRow(page, steps);
    }

    const inserted = await page
      .locator(`${BODY} section.block`)
      .evaluateAll((sections) => sections.map((s) => s.className.match(/block--(\w+)/)?.[1]));
    expect(inserted).toEqual(types);
    // Every block drew its view (none is waiting for its data).
    expect(await page.locator(`${BODY} .block__missing`).count()).toBe(0);
    // Rows left empty are marked in place: the check covers problem marks too.
    await expect
      .poll(() => page.locator(`${BODY} [aria-invalid="true"]`).count())
      .toBeGreaterThan(5);

    expect(await wcagViolations(page)).toEqual([]);
    await close();
  });
});
