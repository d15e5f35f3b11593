import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createDoc } from '../../document/docFields.ts';
import {
  addPartnership,
  readRegister,
  removePartnership,
  updatePartnership,
} from '../../register/register.ts';
import { blockData, createBlock } from '../core/blockStore.ts';
import {
  addPriority,
  movePriority,
  priorityMatrix,
  removePriority,
  setPriorityTitle,
  setRole,
} from './priorityMatrix.ts';
import { syncDocs as sync } from '../../testing/syncDocs.ts';

function setup() {
  const doc = createDoc();
  const sab = addPartnership(doc, { name: 'Safeguarding Adults Board', acronym: 'SAB' });
  const sbp = addPartnership(doc, { name: 'Safer Barnsley Partnership', acronym: 'SBP' });
  const blockId = createBlock(doc, priorityMatrix, { partnerships: readRegister(doc) });
  const block = blockData(doc, blockId, 'priorityMatrix')!;
  return { doc, sab, sbp, blockId, block };
}

const context = (doc: Y.Doc) => ({
  partnerships: readRegister(doc),
  bodyText: '',
  today: '2026-11-22',
});

describe('priority matrix: data model and operations', () => {
  it('starts titled and empty', () => {
    const { block } = setup();
    expect(priorityMatrix.read(block)).toEqual({
      title: 'Strategic priority matrix',
      priorities: [],
      cells: {},
    });
  });

  it('adds, renames, moves and removes priorities and sets roles', () => {
    const { block, sab, sbp } = setup();
    const da = addPriority(block, 'Domestic Abuse');
    const cse = addPriority(block, 'Child Sexual Exploitation');
    setPriorityTitle(block, cse, 'Child Sexual Exploitation (CSE)');
    setRole(block, da, sab, 'contributing');
    setRole(block, da, sbp, 'lead');
    movePriority(block, cse, 0);
    expect(priorityMatrix.read(block)).toEqual({
      title: 'Strategic priority matrix',
      priorities: [
        { id: cse, title: 'Child Sexual Exploitation (CSE)' },
        { id: da, title: 'Domestic Abuse' },
      ],
      cells: { [da]: { [sab]: 'contributing', [sbp]: 'lead' } },
    });
    setRole(block, da, sab, '');
    removePriority(block, cse);
    expect(priorityMatrix.read(block).cells).toEqual({ [da]: { [sbp]: 'lead' } });
    expect(priorityMatrix.read(block).priorities.map((p) => p.id)).toEqual([da]);
  });

  it('knows which partnerships it uses', () => {
    const { block, sab, sbp } = setup();
    setRole(block, addPriority(block, 'Prevent'), sbp, 'lead');
    const data = priorityMatrix.read(block);
    expect(priorityMatrix.usesPartnership(data, sbp)).toBe(true);
    expect(priorityMatrix.usesPartnership(data, sab)).toBe(false);
  });
});

describe('priority matrix: validation', () => {
  it('reports a priority with no Lead, then clears it', () => {
    const { doc, block, blockId, sab } = setup();
    const id = addPriority(block, 'Re-offending');
    const codes = () =>
      priorityMatrix.validate(priorityMatrix.read(block), context(doc), blockId).map((p) => p.code);
    expect(codes()).toEqual(['priority-no-lead']);
    setRole(block, id, sab, 'lead');
    expect(codes()).toEqual([]);
  });

  it('reports two Leads', () => {
    const { doc, block, blockId, sab, sbp } = setup();
    const id = addPriority(block, 'Domestic Abuse');
    setRole(block, id, sab, 'lead');
    setRole(block, id, sbp, 'lead');
    const problems = priorityMatrix.validate(priorityMatrix.read(block), context(doc), blockId);
    expect(problems.map((p) => [p.code, p.target.rowId])).toEqual([['priority-several-leads', id]]);
  });

  it('ignores a Lead held by a partnership removed from the register', () => {
    const { doc, block, blockId, sab, sbp } = setup();
    const id = addPriority(block, 'Prevent');
    setRole(block, id, sab, 'lead');
    setRole(block, id, sbp, 'lead');
    removePartnership(doc, sab);
    expect(priorityMatrix.validate(priorityMatrix.read(block), context(doc), blockId)).toEqual([]);
  });

  it('reports a priority with no name as an empty required cell', () => {
    const { doc, block, blockId, sab } = setup();
    setRole(block, addPriority(block, ''), sab, 'lead');
    const problems = priorityMatrix.validate(priorityMatrix.read(block), context(doc), blockId);
    expect(problems.map((p) => p.code)).toEqual(['empty-cell']);
  });
});

describe('priority matrix: concurrent editing', () => {
  it('keeps both people’s cell edits and rows, and a partnership added meanwhile', () => {
    const { doc: a, block: blockA, blockId, sab, sbp } = setup();
    const shared = addPriority(blockA, 'Domestic Abuse');
    const b = createDoc();
    sync(a, b);
    const blockB = blockData(b, blockId)!;

    setRole(blockA, shared, sab, 'contributing');
    setRole(blockB, shared, sbp, 'lead');
    const rowA = addPriority(blockA, 'Cybercrime');
    const rowB = addPriority(blockB, 'Anti-Poverty');
    const scp = addPartnership(b, { name: 'Stronger Communities Partnership', acronym: 'SCP' });
    setRole(blockB, rowB, scp, 'lead');
    sync(a, b);

    for (const doc of [a, b]) {
      const data = priorityMatrix.read(blockData(doc, blockId)!);
      expect(data.cells[shared]).toEqual({ [sab]: 'contributing', [sbp]: 'lead' });
      expect(data.priorities.map((p) => p.id).sort()).toEqual([shared, rowA, rowB].sort());
      expect(data.cells[rowB]).toEqual({ [scp]: 'lead' });
      expect(readRegister(doc).map((p) => p.acronym)).toEqual(['SAB', 'SBP', 'SCP']);
    }
  });

  it('follows a partnership rename everywhere, since cells hold ids', () => {
    const { doc, block, blockId, sbp } = setup();
    setRole(block, addPriority(block, 'Violent Crime'), sbp, 'lead');
    updatePartnership(doc, sbp, 'name', 'Safer Barnsley Community Safety Partnership');
    const data = priorityMatrix.read(block);
    expect(Object.values(data.cells)[0]).toEqual({ [sbp]: 'lead' });
    expect(readRegister(doc).find((p) => p.id === sbp)?.name).toBe(
      'Safer Barnsley Community Safety Partnership',
    );
    expect(priorityMatrix.validate(data, context(doc), blockId)).toEqual([]);
  });
});
