import { describe, expect, it } from 'vitest';
import { createDoc } from '../../document/docFields.ts';
import { blocksMap, createBlock } from '../core/blockStore.ts';
import {
  addCoordinationGroup,
  addCoordinationRow,
  coordinationTable,
  FREQUENCY_SUGGESTIONS,
  moveCoordinationGroup,
  moveCoordinationRow,
  removeCoordinationGroup,
  removeCoordinationRow,
  setCoordinationGroupTitle,
  setCoordinationText,
  type CoordinationTableData,
} from './coordinationTable.ts';
import { syncDocs as sync } from '../../testing/syncDocs.ts';

const context = { partnerships: [], bodyText: '', today: '2018-06-01' };

function setup() {
  const doc = createDoc();
  const blockId = createBlock(doc, coordinationTable, { partnerships: [] });
  return { doc, blockId, block: blocksMap(doc).get(blockId)! };
}

const shape = (data: CoordinationTableData) =>
  data.groups.map((g) => [g.title, g.rows.map((r) => `${r.frequency}: ${r.action}`)]);

describe('coordinationTable data', () => {
  it('starts with no groups', () => {
    expect(coordinationTable.read(setup().block)).toEqual({ groups: [] });
  });

  it('offers the usual frequencies as suggestions', () => {
    expect(FREQUENCY_SUGGESTIONS).toEqual([
      'Monthly',
      'Quarterly',
      '6 monthly',
      'Annually',
      'On-going',
    ]);
  });

  it('adds groups each with an empty list of rows, and rows into them', () => {
    const { block } = setup();
    const g = addCoordinationGroup(block, 'Effective coordination & communication');
    const r = addCoordinationRow(block, g, { frequency: '6 monthly' });
    setCoordinationText(block, g, r, 'action', 'The chairs meet to share risks and learning.');
    expect(coordinationTable.read(block)).toEqual({
      groups: [
        {
          id: g,
          title: 'Effective coordination & communication',
          rows: [
            {
              id: r,
              frequency: '6 monthly',
              action: 'The chairs meet to share risks and learning.',
            },
          ],
        },
      ],
    });
  });

  it('renames, moves and removes groups', () => {
    const { block } = setup();
    const a = addCoordinationGroup(block, 'Information sharing');
    const b = addCoordinationGroup(block);
    setCoordinationGroupTitle(block, b, 'Effective coordination');
    moveCoordinationGroup(block, b, 0);
    expect(shape(coordinationTable.read(block)).map(([t]) => t)).toEqual([
      'Effective coordination',
      'Information sharing',
    ]);
    removeCoordinationGroup(block, b);
    expect(coordinationTable.read(block).groups.map((g) => g.id)).toEqual([a]);
  });

  it('moves and removes rows within a group; ignores an unknown group', () => {
    const { block } = setup();
    const g = addCoordinationGroup(block, 'Information sharing');
    const a = addCoordinationRow(block, g, { frequency: 'Annually', action: 'Share plans' });
    const b = addCoordinationRow(block, g, { frequency: 'Quarterly', action: 'Share data' });
    moveCoordinationRow(block, g, b, 0);
    expect(coordinationTable.read(block).groups[0]!.rows.map((r) => r.id)).toEqual([b, a]);
    removeCoordinationRow(block, g, b);
    expect(coordinationTable.read(block).groups[0]!.rows.map((r) => r.id)).toEqual([a]);
    expect(addCoordinationRow(block, 'g_missing')).toBe('');
  });
});

describe('coordinationTable validation', () => {
  const data = (frequency: string, action: string): CoordinationTableData => ({
    groups: [{ id: 'g1', title: 'Information sharing', rows: [{ id: 'r1', frequency, action }] }],
  });
  const found = (d: CoordinationTableData) =>
    coordinationTable
      .validate(d, context, 'b1')
      .map((p) => [p.code, p.severity, p.target.rowId, p.target.field]);

  it('accepts rows with a frequency and an action', () => {
    expect(found(data('On-going', 'Lead officers keep in touch.'))).toEqual([]);
  });

  it('reports an empty frequency or action', () => {
    expect(found(data(' ', 'Lead officers keep in touch.'))).toEqual([
      ['empty-cell', 'error', 'r1', 'frequency'],
    ]);
    expect(found(data('Monthly', ''))).toEqual([['empty-cell', 'error', 'r1', 'action']]);
  });

  it('accepts an empty group and never uses a partnership', () => {
    const empty = { groups: [{ id: 'g1', title: '', rows: [] }] };
    expect(found(empty)).toEqual([]);
    expect(coordinationTable.usesPartnership(empty, 'p1')).toBe(false);
  });
});

describe('coordinationTable concurrency', () => {
  it('keeps groups added on both sides, and rows added to one group on both sides', () => {
    const a = setup();
    const b = createDoc();
    const g = addCoordinationGroup(a.block, 'Effective coordination');
    const r = addCoordinationRow(a.block, g, { frequency: 'Monthly', action: 'Officers meet' });
    sync(a.doc, b);
    const blockB = blocksMap(b).get(a.blockId)!;

    addCoordinationGroup(a.block, 'Information sharing');
    addCoordinationGroup(blockB, 'Learning from reviews');
    addCoordinationRow(a.block, g, { frequency: 'Annually', action: 'Share plans' });
    addCoordinationRow(blockB, g, { frequency: 'Quarterly', action: 'Share data' });
    setCoordinationText(a.block, g, r, 'frequency', '6 monthly');
    setCoordinationText(blockB, g, r, 'action', 'Lead officers meet');
    sync(a.doc, b);

    const result = coordinationTable.read(a.block);
    expect(coordinationTable.read(blockB)).toEqual(result);
    expect(result.groups.map((group) => group.title).sort()).toEqual([
      'Effective coordination',
      'Information sharing',
      'Learning from reviews',
    ]);
    const first = result.groups.find((group) => group.id === g)!;
    expect(first.rows).toHaveLength(3);
    expect(first.rows[0]).toMatchObject({ frequency: '6 monthly', action: 'Lead officers meet' });
  });

  it('keeps rows added to a group someone else adds rows to right after creating it', () => {
    const a = setup();
    const b = createDoc();
    const g = addCoordinationGroup(a.block);
    sync(a.doc, b);
    addCoordinationRow(a.block, g, { action: 'from A' });
    addCoordinationRow(blocksMap(b).get(a.blockId)!, g, { action: 'from B' });
    sync(a.doc, b);
    expect(
      coordinationTable
        .read(a.block)
        .groups[0]!.rows.map((r) => r.action)
        .sort(),
    ).toEqual(['from A', 'from B']);
  });
});
