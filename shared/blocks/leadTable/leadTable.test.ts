import { describe, expect, it } from 'vitest';
import { createDoc } from '../../document/docFields.ts';
import { blocksMap, createBlock } from '../core/blockStore.ts';
import { writeText } from '../core/fields.ts';
import {
  addLeadTheme,
  leadTable,
  moveLeadTheme,
  removeLeadTheme,
  setLead,
  setLeadText,
  type LeadTableData,
} from './leadTable.ts';
import { syncDocs as sync } from '../../testing/syncDocs.ts';
import { partnershipFixture as board } from '../../testing/partnershipFixture.ts';

const register = [
  board('p_csp', 'Community Safety Partnership', 'CSP'),
  board('p_scb', 'Safeguarding Children Board', 'SCB'),
];
const context = { partnerships: register, bodyText: '', today: '2018-06-01' };

function setup() {
  const doc = createDoc();
  const blockId = createBlock(doc, leadTable, { partnerships: register });
  return { doc, blockId, block: blocksMap(doc).get(blockId)! };
}

const data = (...rows: [theme: string, leadId: string][]): LeadTableData => ({
  title: 'Themes',
  rows: rows.map(([theme, leadId], i) => ({ id: `r${i + 1}`, theme, leadId, info: '' })),
});

const found = (d: LeadTableData) =>
  leadTable
    .validate(d, context, 'b1')
    .map((p) => [p.code, p.severity, p.target.rowId, p.target.field]);

describe('leadTable data', () => {
  it('starts titled, with no themes', () => {
    expect(leadTable.read(setup().block)).toEqual({
      title: 'Themes of common interest',
      rows: [],
    });
  });

  it('adds, edits, moves and removes themes', () => {
    const { block } = setup();
    const a = addLeadTheme(block);
    const b = addLeadTheme(block, { theme: 'Modern slavery', leadId: 'p_csp' });
    setLeadText(block, a, 'theme', 'Child sexual exploitation');
    setLeadText(block, a, 'info', 'Joint strategy\nShared training');
    setLead(block, a, 'p_scb');
    writeText(block, 'title', 'Lead responsibilities');
    expect(leadTable.read(block)).toEqual({
      title: 'Lead responsibilities',
      rows: [
        {
          id: a,
          theme: 'Child sexual exploitation',
          leadId: 'p_scb',
          info: 'Joint strategy\nShared training',
        },
        { id: b, theme: 'Modern slavery', leadId: 'p_csp', info: '' },
      ],
    });
    moveLeadTheme(block, b, 0);
    removeLeadTheme(block, a);
    expect(leadTable.read(block).rows.map((r) => r.id)).toEqual([b]);
    setLead(block, b, '');
    expect(leadTable.read(block).rows[0]!.leadId).toBe('');
  });

  it('uses the partnerships that lead a theme', () => {
    const d = data(['Prevent', 'p_csp']);
    expect(leadTable.usesPartnership(d, 'p_csp')).toBe(true);
    expect(leadTable.usesPartnership(d, 'p_scb')).toBe(false);
  });
});

describe('leadTable validation', () => {
  it('accepts named themes led by partnerships in the register', () => {
    expect(found(data(['Prevent', 'p_csp'], ['Neglect', 'p_scb']))).toEqual([]);
  });

  it('reports an empty theme', () => {
    expect(found(data([' ', 'p_csp']))).toEqual([['empty-cell', 'error', 'r1', 'theme']]);
  });

  it('warns when no lead is chosen', () => {
    expect(found(data(['Prevent', '']))).toEqual([['lead-missing', 'warning', 'r1', 'leadId']]);
  });

  it('reports a lead that left the register', () => {
    expect(found(data(['Prevent', 'p_gone']))).toEqual([
      ['lead-unknown-partnership', 'error', 'r1', 'leadId'],
    ]);
  });
});

describe('leadTable concurrency', () => {
  it('keeps themes added on both sides and merges edits to one theme', () => {
    const a = setup();
    const b = createDoc();
    const shared = addLeadTheme(a.block, { theme: 'Domestic abuse' });
    sync(a.doc, b);
    const blockB = blocksMap(b).get(a.blockId)!;

    addLeadTheme(a.block, { theme: 'Prevent' });
    addLeadTheme(blockB, { theme: 'Modern slavery' });
    setLead(a.block, shared, 'p_csp');
    setLeadText(blockB, shared, 'info', 'MARAC and Domestic Homicide Reviews');
    setLeadText(a.block, shared, 'theme', 'Domestic abuse and violence');
    sync(a.doc, b);

    const result = leadTable.read(a.block);
    expect(leadTable.read(blockB)).toEqual(result);
    expect(result.rows.map((r) => r.theme).sort()).toEqual([
      'Domestic abuse and violence',
      'Modern slavery',
      'Prevent',
    ]);
    expect(result.rows[0]).toMatchObject({
      leadId: 'p_csp',
      info: 'MARAC and Domestic Homicide Reviews',
    });
  });
});
