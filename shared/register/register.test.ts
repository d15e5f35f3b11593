import { describe, expect, it } from 'vitest';
import { createDoc } from '../document/docFields.ts';
import {
  addPartnership,
  movePartnership,
  readRegister,
  readRegisterText,
  removePartnership,
  updatePartnership,
} from './register.ts';
import { partnershipLabel } from './Partnership.ts';

describe('partnership register', () => {
  it('adds partnerships with every field, duties and priorities one per line', () => {
    const doc = createDoc();
    const id = addPartnership(doc, {
      name: 'Health and Wellbeing Board',
      acronym: 'HWBB',
      chair: 'Cllr A. Example',
      statutoryBasis: 'Health and Social Care Act 2012',
      duties: 'Joint Strategic Needs Assessment\n\n  Joint Health and Wellbeing Strategy  ',
    });
    expect(readRegister(doc)).toEqual([
      {
        id,
        name: 'Health and Wellbeing Board',
        acronym: 'HWBB',
        chair: 'Cllr A. Example',
        statutoryBasis: 'Health and Social Care Act 2012',
        purpose: '',
        duties: ['Joint Strategic Needs Assessment', 'Joint Health and Wellbeing Strategy'],
        priorities: [],
      },
    ]);
    expect(readRegisterText(doc).get(id)?.duties).toBe(
      'Joint Strategic Needs Assessment\n\n  Joint Health and Wellbeing Strategy  ',
    );
  });

  it('renames, reorders and removes', () => {
    const doc = createDoc();
    const sab = addPartnership(doc, { name: 'Safeguarding Adults Board', acronym: 'SAB' });
    const scb = addPartnership(doc, { name: 'Safeguarding Children Board', acronym: 'SCB' });
    updatePartnership(doc, scb, 'name', 'Safeguarding Children Partnership');
    movePartnership(doc, scb, 0);
    expect(readRegister(doc).map((p) => p.name)).toEqual([
      'Safeguarding Children Partnership',
      'Safeguarding Adults Board',
    ]);
    removePartnership(doc, sab);
    expect(readRegister(doc).map((p) => p.id)).toEqual([scb]);
  });

  it('labels a partnership by acronym, else by name', () => {
    expect(partnershipLabel({ name: 'Safer Somerset Partnership', acronym: 'SSP' })).toBe('SSP');
    expect(partnershipLabel({ name: 'Safer Somerset Partnership', acronym: ' ' })).toBe(
      'Safer Somerset Partnership',
    );
  });
});
