import { describe, expect, it } from 'vitest';
import { createDoc } from '../../document/docFields.ts';
import type { Partnership } from '../../register/Partnership.ts';
import { blocksMap, createBlock } from '../core/blockStore.ts';
import {
  addSignatory,
  moveSignatory,
  removeSignatory,
  setSignatoryDate,
  setSignatoryPartnership,
  setSignatoryText,
  signatories,
  type SignatoriesData,
} from './signatories.ts';
import { syncDocs as sync } from '../../testing/syncDocs.ts';

const board = (id: string, name: string, acronym: string, chair = ''): Partnership => ({
  id,
  name,
  acronym,
  chair,
  statutoryBasis: '',
  purpose: '',
  duties: [],
  priorities: [],
});

const sab = board('p_sab', 'Safeguarding Adults Board', 'SAB', 'Ruth Ellison');
const hwbb = board('p_hwbb', 'Health and Wellbeing Board', 'HWBB');
const register = [sab, hwbb];
const context = { partnerships: register, bodyText: '', today: '2018-06-01' };

function setup(partnerships: Partnership[] = []) {
  const doc = createDoc();
  const blockId = createBlock(doc, signatories, { partnerships });
  return { doc, blockId, block: blocksMap(doc).get(blockId)! };
}

const signatory = (id: string, partnershipId: string, name = 'Someone') => ({
  id,
  name,
  designation: 'Chair',
  partnershipId,
  signature: '',
  date: '',
});

const validate = (data: SignatoriesData, partnerships = register) =>
  signatories.validate(data, { ...context, partnerships }, 'b1');

describe('signatories data', () => {
  it('starts empty with an empty register', () => {
    expect(signatories.read(setup().block)).toEqual({ rows: [] });
  });

  it('starts with one row per partnership, named after its chair when known', () => {
    const { block } = setup(register);
    const { rows } = signatories.read(block);
    expect(rows.map(({ id: _id, ...rest }) => rest)).toEqual([
      {
        name: 'Ruth Ellison',
        designation: 'Chair',
        partnershipId: 'p_sab',
        signature: '',
        date: '',
      },
      { name: '', designation: '', partnershipId: 'p_hwbb', signature: '', date: '' },
    ]);
  });

  it('adds, edits, moves and removes rows', () => {
    const { block } = setup();
    const a = addSignatory(block);
    const b = addSignatory(block, { partnershipId: 'p_sab' });
    setSignatoryText(block, a, 'name', 'Cllr Jo Marsh');
    setSignatoryText(block, a, 'designation', 'Chair');
    setSignatoryText(block, a, 'signature', 'J. Marsh');
    setSignatoryPartnership(block, a, 'p_hwbb');
    setSignatoryDate(block, a, '2018-05-08');
    setSignatoryDate(block, a, 'yesterday');
    expect(signatories.read(block).rows[0]).toEqual({
      id: a,
      name: 'Cllr Jo Marsh',
      designation: 'Chair',
      partnershipId: 'p_hwbb',
      signature: 'J. Marsh',
      date: '2018-05-08',
    });
    moveSignatory(block, b, 0);
    expect(signatories.read(block).rows.map((r) => r.id)).toEqual([b, a]);
    removeSignatory(block, b);
    expect(signatories.read(block).rows.map((r) => r.id)).toEqual([a]);
  });

  it('uses a partnership when a row signs for it', () => {
    const data = { rows: [signatory('r1', 'p_sab')] };
    expect(signatories.usesPartnership(data, 'p_sab')).toBe(true);
    expect(signatories.usesPartnership(data, 'p_hwbb')).toBe(false);
  });
});

describe('signatories validation', () => {
  it('accepts one named signatory per partnership', () => {
    expect(validate({ rows: [signatory('r1', 'p_sab'), signatory('r2', 'p_hwbb')] })).toEqual([]);
  });

  it('reports each partnership without a signatory', () => {
    const problems = validate({ rows: [signatory('r1', 'p_sab')] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'partnership-no-signatory',
      severity: 'error',
      target: { blockId: 'b1', partnershipId: 'p_hwbb' },
    });
  });

  it('reports a row whose partnership left the register', () => {
    const problems = validate({ rows: [signatory('r1', 'p_sab'), signatory('r2', 'p_gone')] }, [
      sab,
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'signatory-unknown-partnership',
      severity: 'error',
      target: { blockId: 'b1', rowId: 'r2' },
    });
  });

  it('allows a signatory who signs for no partnership', () => {
    expect(validate({ rows: [signatory('r1', 'p_sab'), signatory('r2', '')] }, [sab])).toEqual([]);
  });

  it('reports a row with no name', () => {
    const problems = validate({ rows: [signatory('r1', 'p_sab', ' ')] }, [sab]);
    expect(problems.map((p) => [p.code, p.severity, p.target.rowId, p.target.field])).toEqual([
      ['empty-cell', 'error', 'r1', 'name'],
    ]);
  });
});

describe('signatories concurrency', () => {
  it('keeps rows added on both sides and edits to different fields of one row', () => {
    const a = setup([sab]);
    const b = createDoc();
    sync(a.doc, b);
    const blockB = blocksMap(b).get(a.blockId)!;
    const first = signatories.read(a.block).rows[0]!.id;

    addSignatory(a.block, { partnershipId: 'p_hwbb', name: 'Dr Sam Okafor' });
    addSignatory(blockB, { name: 'Director of Public Health' });
    setSignatoryText(a.block, first, 'signature', 'R. Ellison');
    setSignatoryDate(blockB, first, '2018-05-08');
    sync(a.doc, b);

    const data = signatories.read(a.block);
    expect(signatories.read(blockB)).toEqual(data);
    expect(data.rows).toHaveLength(3);
    expect(data.rows[0]).toMatchObject({ signature: 'R. Ellison', date: '2018-05-08' });
    expect(validate(data, [sab, hwbb])).toEqual([]);
  });
});
