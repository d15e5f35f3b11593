import { describe, expect, it } from 'vitest';
import { createDoc } from '../../document/docFields.ts';
import { blocksMap, createBlock } from '../core/blockStore.ts';
import { compareVersions } from './compareVersions.ts';
import {
  addVersionRow,
  moveVersionRow,
  removeVersionRow,
  setVersionDate,
  setVersionText,
  versionTable,
  type VersionTableData,
} from './versionTable.ts';
import { syncDocs as sync } from '../../testing/syncDocs.ts';

const context = { partnerships: [], bodyText: '', today: '2018-06-01' };

function setup() {
  const doc = createDoc();
  const blockId = createBlock(doc, versionTable, { partnerships: [] });
  return { doc, blockId, block: blocksMap(doc).get(blockId)! };
}

const codes = (data: VersionTableData, blockId = 'b1') =>
  versionTable.validate(data, context, blockId).map((p) => `${p.code}:${p.target.field}`);

const row = (version: string, date: string) => ({
  id: `r-${version}-${date}`,
  version,
  author: 'A. Writer',
  date,
  rationale: '',
  legacy: true,
});

describe('versionTable data', () => {
  it('starts with no rows', () => {
    const { block } = setup();
    expect(versionTable.read(block)).toEqual({ rows: [] });
  });

  it('adds a hand-typed (legacy) row with empty fields by default', () => {
    const { block } = setup();
    const id = addVersionRow(block);
    expect(versionTable.read(block).rows).toEqual([
      { id, version: '', author: '', date: '', rationale: '', legacy: true },
    ]);
  });

  it('adds a row filled from a named version, not legacy', () => {
    const { block } = setup();
    addVersionRow(block, {
      version: '1.0',
      author: 'Partnership manager',
      date: '2018-05-08',
      rationale: 'Signed off',
      legacy: false,
    });
    expect(versionTable.read(block).rows[0]).toMatchObject({
      version: '1.0',
      date: '2018-05-08',
      legacy: false,
    });
  });

  it('edits text fields and the date; ignores a date that is not ISO', () => {
    const { block } = setup();
    const id = addVersionRow(block);
    setVersionText(block, id, 'version', '0.1');
    setVersionText(block, id, 'author', 'Policy officer');
    setVersionText(block, id, 'rationale', 'First draft');
    setVersionDate(block, id, '2017-09-28');
    setVersionDate(block, id, '28/09/17');
    expect(versionTable.read(block).rows[0]).toMatchObject({
      version: '0.1',
      author: 'Policy officer',
      rationale: 'First draft',
      date: '2017-09-28',
    });
    setVersionDate(block, id, '');
    expect(versionTable.read(block).rows[0]!.date).toBe('');
  });

  it('moves and removes rows', () => {
    const { block } = setup();
    const a = addVersionRow(block, { version: '0.1' });
    const b = addVersionRow(block, { version: '0.2' });
    const c = addVersionRow(block, { version: '0.3' });
    moveVersionRow(block, c, 0);
    expect(versionTable.read(block).rows.map((r) => r.id)).toEqual([c, a, b]);
    removeVersionRow(block, a);
    expect(versionTable.read(block).rows.map((r) => r.id)).toEqual([c, b]);
  });

  it('inserts at an index', () => {
    const { block } = setup();
    const a = addVersionRow(block);
    const b = addVersionRow(block, {}, 0);
    expect(versionTable.read(block).rows.map((r) => r.id)).toEqual([b, a]);
  });
});

describe('versionTable validation', () => {
  it('accepts complete rows in version order', () => {
    expect(codes({ rows: [row('0.1', '2017-09-01'), row('0.2', '2017-09-28')] })).toEqual([]);
  });

  it('reports an empty version or date as an error on that cell', () => {
    const problems = versionTable.validate({ rows: [row('', '')] }, context, 'b1');
    expect(problems.map((p) => [p.code, p.severity, p.target.field])).toEqual([
      ['empty-cell', 'error', 'version'],
      ['empty-cell', 'error', 'date'],
    ]);
    expect(problems[0]!.target).toMatchObject({ blockId: 'b1', rowId: 'r--' });
  });

  it('warns when a version comes after a later one, or repeats', () => {
    const problems = versionTable.validate(
      { rows: [row('0.1', '2017-09-01'), row('0.3', '2017-10-01'), row('0.2', '2017-11-01')] },
      context,
      'b1',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'version-out-of-order',
      severity: 'warning',
      target: { rowId: 'r-0.2-2017-11-01', field: 'version' },
    });
    expect(codes({ rows: [row('0.2', '2017-09-01'), row('0.2', '2017-09-02')] })).toEqual([
      'version-out-of-order:version',
    ]);
  });

  it('orders 0.10 after 0.9, and skips versions without numbers', () => {
    expect(codes({ rows: [row('0.9', '2017-09-01'), row('0.10', '2017-09-02')] })).toEqual([]);
    expect(codes({ rows: [row('Draft', '2017-09-01'), row('0.1', '2017-09-02')] })).toEqual([]);
  });

  it('warns when a row is dated before the row above', () => {
    expect(codes({ rows: [row('0.1', '2017-09-28'), row('0.2', '2017-09-16')] })).toEqual([
      'version-date-order:date',
    ]);
  });

  it('never uses a partnership', () => {
    expect(versionTable.usesPartnership({ rows: [row('0.1', '2017-09-01')] }, 'p1')).toBe(false);
  });
});

describe('compareVersions', () => {
  it('compares dotted numbers part by part', () => {
    expect(compareVersions('0.1', '0.2')).toBeLessThan(0);
    expect(compareVersions('v1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0', '1')).toBe(0);
    expect(compareVersions('2.0 final', '1.4')).toBeGreaterThan(0);
    expect(compareVersions('Final', '1.0')).toBeUndefined();
  });
});

describe('versionTable concurrency', () => {
  it('keeps rows two people add offline, and edits to different cells of one row', () => {
    const a = setup();
    const b = createDoc();
    sync(a.doc, b);
    const blockB = blocksMap(b).get(a.blockId)!;

    const shared = addVersionRow(a.block, { version: '0.1' });
    sync(a.doc, b);

    addVersionRow(a.block, { version: '0.2' });
    addVersionRow(blockB, { version: '0.3' });
    setVersionText(a.block, shared, 'author', 'Board manager');
    setVersionDate(blockB, shared, '2017-09-28');
    sync(a.doc, b);

    const fromA = versionTable.read(a.block);
    expect(fromA).toEqual(versionTable.read(blockB));
    expect(fromA.rows.map((r) => r.version).sort()).toEqual(['0.1', '0.2', '0.3']);
    expect(fromA.rows[0]).toMatchObject({ author: 'Board manager', date: '2017-09-28' });
  });

  it('merges typing in the same field character by character', () => {
    const a = setup();
    const b = createDoc();
    const id = addVersionRow(a.block, { rationale: 'draft' });
    sync(a.doc, b);
    const blockB = blocksMap(b).get(a.blockId)!;
    setVersionText(a.block, id, 'rationale', 'First draft');
    setVersionText(blockB, id, 'rationale', 'draft for comment');
    sync(a.doc, b);
    expect(versionTable.read(a.block).rows[0]!.rationale).toBe('First draft for comment');
  });
});
