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
import { reportGroups } from './reportGroups.ts';
import {
  addOtherBody,
  addReport,
  moveOtherBody,
  moveReport,
  moveReportInGroup,
  removeOtherBody,
  removeReport,
  renameOtherBody,
  reportingArrangements,
  setAction,
  setReportOwner,
  setReportTitle,
  setTiming,
} from './reportingArrangements.ts';
import { syncDocs as sync } from '../../testing/syncDocs.ts';

/** A document with two boards and a reporting block. */
function setup() {
  const doc = createDoc();
  const sab = addPartnership(doc, { name: 'Safeguarding Adults Board', acronym: 'SAB' });
  const hwb = addPartnership(doc, { name: 'Health and Wellbeing Board', acronym: 'HWB' });
  const id = createBlock(doc, reportingArrangements, { partnerships: readRegister(doc) });
  return { doc, id, sab, hwb, block: blockData(doc, id)! };
}

const read = reportingArrangements.read;
const codes = (doc: Y.Doc, block: Y.Map<unknown>) =>
  reportingArrangements
    .validate(
      read(block),
      { partnerships: readRegister(doc), bodyText: '', today: '2018-04-01' },
      'b1',
    )
    .map((p) => p.code);

describe('reportingArrangements: data', () => {
  it('starts with a title and no reports, bodies or cells', () => {
    const { block } = setup();
    expect(read(block)).toEqual({
      title: 'Reporting arrangements',
      reports: [],
      otherBodies: [],
      cells: {},
    });
  });

  it('reads reports with their owner, other bodies and each cell’s action and timing', () => {
    const { block, sab, hwb } = setup();
    const report = addReport(block, sab, 'Annual Report');
    const scrutiny = addOtherBody(block, 'Scrutiny Committee');
    setAction(block, report, hwb, 'present');
    setTiming(block, report, hwb, 'Autumn');
    setTiming(block, report, scrutiny, 'every 4 years');
    expect(read(block)).toMatchObject({
      reports: [{ id: report, owner: sab, title: 'Annual Report' }],
      otherBodies: [{ id: scrutiny, name: 'Scrutiny Committee' }],
      cells: {
        [report]: {
          [hwb]: { action: 'present', timing: 'Autumn' },
          [scrutiny]: { action: '', timing: 'every 4 years' },
        },
      },
    });
  });

  it('edits, moves and removes reports', () => {
    const { block, sab, hwb } = setup();
    const a = addReport(block, sab, 'Annual Report');
    const b = addReport(block, sab, 'Strategic Plan');
    setReportTitle(block, a, 'SAB Annual Report');
    setReportOwner(block, b, hwb);
    moveReport(block, b, 0);
    expect(read(block).reports).toEqual([
      { id: b, owner: hwb, title: 'Strategic Plan' },
      { id: a, owner: sab, title: 'SAB Annual Report' },
    ]);
    removeReport(block, b);
    expect(read(block).reports.map((r) => r.id)).toEqual([a]);
  });

  it('moves a report among its owner’s reports, past other owners’', () => {
    const { block, sab, hwb } = setup();
    const a = addReport(block, sab, 'Annual Report');
    const x = addReport(block, hwb, 'JSNA');
    const b = addReport(block, sab, 'Strategic Plan');
    moveReportInGroup(block, b, 0);
    expect(read(block).reports.map((r) => r.id)).toEqual([b, a, x]);
    moveReportInGroup(block, b, 1);
    expect(read(block).reports.map((r) => r.id)).toEqual([a, b, x]);
    moveReportInGroup(block, a, 5);
    expect(read(block).reports.map((r) => r.id)).toEqual([a, b, x]);
  });

  it('clears a cell field when set to empty, dropping the cell when both are empty', () => {
    const { block, sab, hwb } = setup();
    const report = addReport(block, sab, 'Annual Report');
    setAction(block, report, hwb, 'inform');
    setTiming(block, report, hwb, 'June');
    setAction(block, report, hwb, '');
    expect(read(block).cells[report]?.[hwb]).toEqual({ action: '', timing: 'June' });
    setTiming(block, report, hwb, '');
    expect(read(block).cells).toEqual({});
  });

  it('edits, moves and removes other bodies; a removed body’s cells leave the data', () => {
    const { block, sab } = setup();
    const report = addReport(block, sab, 'Annual Report');
    const panel = addOtherBody(block, 'Health Scrutiny');
    const committee = addOtherBody(block, 'Scrutiny Committee');
    renameOtherBody(block, panel, 'Health Scrutiny Panel');
    moveOtherBody(block, committee, 0);
    expect(read(block).otherBodies).toEqual([
      { id: committee, name: 'Scrutiny Committee' },
      { id: panel, name: 'Health Scrutiny Panel' },
    ]);
    setAction(block, report, panel, 'consult');
    removeOtherBody(block, panel);
    expect(read(block).otherBodies.map((b) => b.id)).toEqual([committee]);
    expect(read(block).cells).toEqual({});
  });

  it('leaves out a report’s own owner’s column', () => {
    const { block, sab, hwb } = setup();
    const report = addReport(block, sab, 'Annual Report');
    setAction(block, report, sab, 'present');
    expect(read(block).cells).toEqual({});
    setReportOwner(block, report, hwb);
    expect(read(block).cells[report]?.[sab]?.action).toBe('present');
  });

  it('uses a partnership that owns a report or has a cell', () => {
    const { doc, block, sab, hwb } = setup();
    const csp = addPartnership(doc, { name: 'Community Safety Partnership', acronym: 'CSP' });
    const report = addReport(block, sab, 'Annual Report');
    setAction(block, report, hwb, 'inform');
    const data = read(block);
    expect(reportingArrangements.usesPartnership(data, sab)).toBe(true);
    expect(reportingArrangements.usesPartnership(data, hwb)).toBe(true);
    expect(reportingArrangements.usesPartnership(data, csp)).toBe(false);
  });

  it('groups reports by owner in register order, then owners not in the register', () => {
    const { doc, block, sab, hwb } = setup();
    const a = addReport(block, hwb, 'JSNA');
    const b = addReport(block, sab, 'Annual Report');
    const c = addReport(block, 'p_gone', 'Old plan');
    const groups = reportGroups(read(block).reports, readRegister(doc));
    expect(groups.map((g) => [g.ownerId, g.owner?.acronym, g.reports.map((r) => r.id)])).toEqual([
      [sab, 'SAB', [b]],
      [hwb, 'HWB', [a]],
      ['p_gone', undefined, [c]],
    ]);
  });
});

describe('reportingArrangements: validation', () => {
  it('reports an untitled report until it has a title', () => {
    const { doc, block, sab } = setup();
    const report = addReport(block, sab);
    expect(codes(doc, block)).toContain('empty-cell');
    setReportTitle(block, report, 'Annual Report');
    expect(codes(doc, block)).not.toContain('empty-cell');
  });

  it('reports an owner not in the register until a registered owner is chosen', () => {
    const { doc, block, sab, hwb } = setup();
    const report = addReport(block, sab, 'Annual Report');
    setAction(block, report, hwb, 'present');
    removePartnership(doc, sab);
    expect(codes(doc, block)).toEqual(['report-unknown-owner']);
    setReportOwner(block, report, hwb);
    addPartnership(doc, { name: 'Safer Barnsley Partnership', acronym: 'SBP' });
    setAction(block, report, readRegister(doc)[1]!.id, 'inform');
    expect(codes(doc, block)).toEqual([]);
  });

  it('warns about a report no board receives; n/a, timing alone or its own column do not count', () => {
    const { doc, block, sab, hwb } = setup();
    const report = addReport(block, sab, 'Annual Report');
    expect(codes(doc, block)).toEqual(['report-no-recipient']);
    setAction(block, report, sab, 'present');
    setAction(block, report, hwb, 'n/a');
    const scrutiny = addOtherBody(block, 'Scrutiny Committee');
    setTiming(block, report, scrutiny, 'Autumn');
    expect(codes(doc, block)).toEqual(['report-no-recipient']);
    setAction(block, report, scrutiny, 'inform');
    expect(codes(doc, block)).toEqual([]);
  });

  it('reports an unnamed other body until it has a name', () => {
    const { doc, block } = setup();
    const body = addOtherBody(block);
    const found = reportingArrangements.validate(
      read(block),
      { partnerships: readRegister(doc), bodyText: '', today: '2018-04-01' },
      'b1',
    );
    expect(found.map((p) => [p.code, p.target])).toEqual([
      ['empty-cell', { blockId: 'b1', colId: body, field: 'name' }],
    ]);
    renameOtherBody(block, body, 'Scrutiny Committee');
    expect(codes(doc, block)).toEqual([]);
  });
});

describe('reportingArrangements: concurrency', () => {
  function twoPeers() {
    const first = setup();
    const b = createDoc();
    sync(first.doc, b);
    return { ...first, a: first.doc, b, other: blockData(b, first.id)! };
  }

  it('keeps reports and other bodies both people added at once', () => {
    const { a, b, block, other, sab, hwb } = twoPeers();
    addReport(block, sab, 'Annual Report');
    addOtherBody(block, 'Scrutiny Committee');
    addReport(other, hwb, 'Joint Strategic Needs Assessment');
    addOtherBody(other, 'Health Scrutiny Panel');
    sync(a, b);
    const data = read(block);
    expect(data.reports.map((r) => r.title).sort()).toEqual([
      'Annual Report',
      'Joint Strategic Needs Assessment',
    ]);
    expect(data.otherBodies).toHaveLength(2);
    expect(read(other)).toEqual(data);
  });

  it('keeps both the action and the timing two people set in one cell, and other cells', () => {
    const { a, b, block, other, sab, hwb } = twoPeers();
    const report = addReport(block, sab, 'Annual Report');
    const plan = addReport(block, sab, 'Strategic Plan');
    sync(a, b);
    setAction(block, report, hwb, 'present');
    setTiming(other, report, hwb, 'Autumn');
    setAction(other, plan, hwb, 'inform');
    sync(a, b);
    expect(read(block).cells).toEqual({
      [report]: { [hwb]: { action: 'present', timing: 'Autumn' } },
      [plan]: { [hwb]: { action: 'inform', timing: '' } },
    });
    expect(read(other)).toEqual(read(block));
  });

  it('merges typing in the same report title', () => {
    const { a, b, block, other, sab } = twoPeers();
    const report = addReport(block, sab, 'Annual Report');
    sync(a, b);
    setReportTitle(block, report, 'SAB Annual Report');
    setReportTitle(other, report, 'Annual Report 2017/18');
    sync(a, b);
    expect(read(other).reports[0]!.title).toBe('SAB Annual Report 2017/18');
  });

  it('has the new partnership’s column and the new report after a concurrent add', () => {
    const { a, b, block, other, sab } = twoPeers();
    const csp = addPartnership(a, { name: 'Community Safety Partnership', acronym: 'CSP' });
    const report = addReport(other, sab, 'Annual Report');
    setAction(other, report, sab, 'present');
    sync(a, b);
    setAction(block, report, csp, 'inform');
    sync(a, b);
    expect(readRegister(b).map((p) => p.acronym)).toEqual(['SAB', 'HWB', 'CSP']);
    expect(read(other).reports.map((r) => r.id)).toEqual([report]);
    expect(read(other).cells[report]).toEqual({ [csp]: { action: 'inform', timing: '' } });
    expect(codes(b, other)).toEqual([]);
  });

  it('shows a partnership’s new name wherever it owns reports; the data holds its id only', () => {
    const { a, b, block, other, sab } = twoPeers();
    addReport(block, sab, 'Annual Report');
    sync(a, b);
    updatePartnership(b, sab, 'name', 'Barnsley Safeguarding Adults Board');
    sync(a, b);
    expect(JSON.stringify(read(block))).not.toContain('Safeguarding');
    expect(reportGroups(read(block).reports, readRegister(a))[0]!.owner?.name).toBe(
      'Barnsley Safeguarding Adults Board',
    );
    expect(read(other)).toEqual(read(block));
  });
});
