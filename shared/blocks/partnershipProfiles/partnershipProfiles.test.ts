import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createDoc } from '../../document/docFields.ts';
import { addPartnership, readRegister, updatePartnership } from '../../register/register.ts';
import { blockData, createBlock } from '../core/blockStore.ts';
import { partnershipProfiles, setShowChair } from './partnershipProfiles.ts';
import { syncDocs as sync } from '../../testing/syncDocs.ts';

function setup() {
  const doc = createDoc();
  const hwb = addPartnership(doc, {
    name: 'Health and Wellbeing Board',
    acronym: 'HWB',
    purpose: 'Leaders of the health and care system work together.',
    duties: 'Joint Strategic Needs Assessment\nJoint Health and Wellbeing Strategy',
  });
  const id = createBlock(doc, partnershipProfiles, { partnerships: readRegister(doc) });
  return { doc, id, hwb, block: blockData(doc, id)! };
}

const read = partnershipProfiles.read;
const validate = (doc: Y.Doc, block: Y.Map<unknown>) =>
  partnershipProfiles.validate(
    read(block),
    { partnerships: readRegister(doc), bodyText: '', today: '2016-07-01' },
    'b1',
  );

describe('partnershipProfiles', () => {
  it('stores only its options, starting with the chair hidden', () => {
    const { block } = setup();
    expect(read(block)).toEqual({ showChair: false });
    setShowChair(block, true);
    expect(read(block)).toEqual({ showChair: true });
    expect([...block.keys()].sort()).toEqual(['showChair', 'type']);
  });

  it('reads a missing or malformed option as hidden', () => {
    const { block } = setup();
    block.set('showChair', 'yes');
    expect(read(block)).toEqual({ showChair: false });
  });

  it('warns about each partnership with no purpose, aimed at its purpose, until it has one', () => {
    const { doc, block } = setup();
    expect(validate(doc, block)).toEqual([]);
    const sab = addPartnership(doc, { name: 'Safeguarding Adults Board', acronym: 'SAB' });
    expect(validate(doc, block)).toEqual([
      expect.objectContaining({
        code: 'profile-purpose-missing',
        severity: 'warning',
        target: { blockId: 'b1', partnershipId: sab, field: 'purpose' },
      }),
    ]);
    updatePartnership(doc, sab, 'purpose', 'Protects adults with care and support needs.');
    expect(validate(doc, block)).toEqual([]);
  });

  it('has no problems with an empty register', () => {
    const doc = createDoc();
    const id = createBlock(doc, partnershipProfiles, { partnerships: [] });
    expect(validate(doc, blockData(doc, id)!)).toEqual([]);
  });

  it('refers to no partnership, since it copies nothing from the register', () => {
    const { block, hwb } = setup();
    expect(partnershipProfiles.usesPartnership(read(block), hwb)).toBe(false);
  });

  it('follows the register: a partnership added or renamed on one side is what both validate', () => {
    const { doc: a, id, hwb } = setup();
    const b = createDoc();
    sync(a, b);
    const csp = addPartnership(a, { name: 'Community Safety Partnership', acronym: 'CSP' });
    updatePartnership(b, hwb, 'name', 'Somerset Health and Wellbeing Board');
    setShowChair(blockData(b, id)!, true);
    sync(a, b);
    const found = validate(b, blockData(b, id)!);
    expect(found.map((p) => p.target.partnershipId)).toEqual([csp]);
    expect(found[0]!.message).toContain('Community Safety Partnership');
    updatePartnership(b, csp, 'name', 'Safer Somerset Partnership');
    expect(validate(b, blockData(b, id)!)[0]!.message).toContain('Safer Somerset Partnership');
    expect(readRegister(a).map((p) => p.name)).toEqual([
      'Somerset Health and Wellbeing Board',
      'Community Safety Partnership',
    ]);
    expect(read(blockData(a, id)!)).toEqual({ showChair: true });
  });
});
