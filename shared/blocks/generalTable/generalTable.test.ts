import { describe, expect, it } from 'vitest';
import { createDoc } from '../../document/docFields.ts';
import { blocksMap, createBlock } from '../core/blockStore.ts';
import { writeText } from '../core/fields.ts';
import {
  addTableColumn,
  addTableRow,
  generalTable,
  mergeTableHeader,
  moveTableColumn,
  moveTableRow,
  removeTableColumn,
  removeTableRow,
  setTableCell,
  setTableHeader,
  splitTableHeader,
  type GeneralTableData,
} from './generalTable.ts';
import { listIn } from '../core/RecordList.ts';
import { columnLabels } from './columnLabels.ts';
import { headerCells } from './headerCells.ts';
import { syncDocs as sync } from '../../testing/syncDocs.ts';

const context = { partnerships: [], bodyText: '', today: '2018-06-01' };

function setup() {
  const doc = createDoc();
  const blockId = createBlock(doc, generalTable, { partnerships: [] });
  return { doc, blockId, block: blocksMap(doc).get(blockId)! };
}

/** The header row as drawn: "text×span" per cell. */
const header = (data: GeneralTableData) =>
  headerCells(data.columns).map((c) => `${c.header}×${c.span}`);

/** A table with the given column headers and no rows. */
function withColumns(...headers: string[]) {
  const { block, doc, blockId } = setup();
  const data = generalTable.read(block);
  for (const row of data.rows) removeTableRow(block, row.id);
  for (const col of data.columns) removeTableColumn(block, col.id);
  const ids = headers.map((h) => addTableColumn(block, h));
  return { block, doc, blockId, ids };
}

describe('generalTable data', () => {
  it('starts untitled with three columns and two empty rows', () => {
    const data = generalTable.read(setup().block);
    expect(data.title).toBe('');
    expect(data.columns.map(({ header, span }) => ({ header, span }))).toEqual([
      { header: '', span: 1 },
      { header: '', span: 1 },
      { header: '', span: 1 },
    ]);
    expect(data.rows.map((r) => r.cells)).toEqual([{}, {}]);
  });

  it('sets the title, headers and cells; an emptied cell is absent', () => {
    const { block, ids } = withColumns('Board', 'Contact');
    const row = addTableRow(block);
    writeText(block, 'title', 'Board contacts');
    setTableHeader(block, ids[1]!, 'Lead officer');
    setTableCell(block, row, ids[0]!, 'Safeguarding Adults Board');
    setTableCell(block, row, ids[1]!, 'Business manager');
    setTableCell(block, row, ids[1]!, '');
    expect(generalTable.read(block)).toEqual({
      title: 'Board contacts',
      columns: [
        { id: ids[0], header: 'Board', span: 1 },
        { id: ids[1], header: 'Lead officer', span: 1 },
      ],
      rows: [{ id: row, cells: { [ids[0]!]: 'Safeguarding Adults Board' } }],
    });
  });

  it('adds, moves and removes rows', () => {
    const { block } = withColumns('A');
    const a = addTableRow(block);
    const b = addTableRow(block);
    const c = addTableRow(block, 0);
    moveTableRow(block, a, 2);
    expect(generalTable.read(block).rows.map((r) => r.id)).toEqual([c, b, a]);
    removeTableRow(block, b);
    expect(generalTable.read(block).rows.map((r) => r.id)).toEqual([c, a]);
  });

  it('adds, moves and removes columns; cells follow their column', () => {
    const { block, ids } = withColumns('A', 'B');
    const row = addTableRow(block);
    setTableCell(block, row, ids[0]!, 'a1');
    const c = addTableColumn(block, 'C', 1);
    expect(header(generalTable.read(block))).toEqual(['A×1', 'C×1', 'B×1']);
    moveTableColumn(block, ids[0]!, 2);
    expect(header(generalTable.read(block))).toEqual(['C×1', 'B×1', 'A×1']);
    removeTableColumn(block, c);
    const data = generalTable.read(block);
    expect(header(data)).toEqual(['B×1', 'A×1']);
    expect(data.rows[0]!.cells).toEqual({ [ids[0]!]: 'a1' });
  });
});

describe('generalTable header spans', () => {
  it('merges a header with the next, twice, and splits it again', () => {
    const { block, ids } = withColumns('Contact', 'Phone', 'Email', 'Notes');
    mergeTableHeader(block, ids[0]!);
    expect(header(generalTable.read(block))).toEqual(['Contact×2', 'Email×1', 'Notes×1']);
    mergeTableHeader(block, ids[0]!);
    expect(header(generalTable.read(block))).toEqual(['Contact×3', 'Notes×1']);
    splitTableHeader(block, ids[0]!);
    expect(header(generalTable.read(block))).toEqual([
      'Contact×1',
      'Phone×1',
      'Email×1',
      'Notes×1',
    ]);
  });

  it('merges with a merged neighbour whole, and not past the last header', () => {
    const { block, ids } = withColumns('A', 'B', 'C');
    mergeTableHeader(block, ids[1]!);
    mergeTableHeader(block, ids[0]!);
    expect(header(generalTable.read(block))).toEqual(['A×3']);
    mergeTableHeader(block, ids[0]!);
    expect(generalTable.read(block).columns[0]!.span).toBe(3);
  });

  it('widens a merged header when a column is added inside it, narrows it on removal', () => {
    const { block, ids } = withColumns('Contact', 'Phone', 'Notes');
    mergeTableHeader(block, ids[0]!);
    const email = addTableColumn(block, 'Email', 1);
    expect(header(generalTable.read(block))).toEqual(['Contact×3', 'Notes×1']);
    removeTableColumn(block, email);
    expect(header(generalTable.read(block))).toEqual(['Contact×2', 'Notes×1']);
    addTableColumn(block, 'After', 2);
    expect(header(generalTable.read(block))).toEqual(['Contact×2', 'After×1', 'Notes×1']);
  });

  it('splits a merged header when its first column is removed or a column moves out', () => {
    const { block, ids } = withColumns('A', 'B', 'C');
    mergeTableHeader(block, ids[0]!);
    moveTableColumn(block, ids[1]!, 2);
    expect(header(generalTable.read(block))).toEqual(['A×1', 'C×1', 'B×1']);
    mergeTableHeader(block, ids[0]!);
    removeTableColumn(block, ids[0]!);
    expect(header(generalTable.read(block))).toEqual(['C×1', 'B×1']);
  });

  it('cuts a span short at the last column and hides covered headers', () => {
    expect(
      headerCells([
        { id: 'a', header: 'A', span: 5 },
        { id: 'b', header: 'B', span: 1 },
      ]),
    ).toEqual([{ colId: 'a', header: 'A', index: 0, span: 2 }]);
  });
});

describe('generalTable validation', () => {
  it('warns when the table has no rows or no columns', () => {
    const codes = (d: GeneralTableData) =>
      generalTable.validate(d, context, 'b1').map((p) => [p.code, p.severity, p.target]);
    const col = { id: 'c1', header: 'A', span: 1 };
    expect(codes({ title: '', columns: [col], rows: [] })).toEqual([
      ['table-empty', 'warning', { blockId: 'b1' }],
    ]);
    expect(codes({ title: '', columns: [], rows: [{ id: 'r1', cells: {} }] })).toHaveLength(1);
    expect(codes({ title: '', columns: [col], rows: [{ id: 'r1', cells: {} }] })).toEqual([]);
    expect(generalTable.usesPartnership({ title: '', columns: [], rows: [] }, 'p1')).toBe(false);
  });
});

describe('generalTable concurrency', () => {
  it('keeps rows and columns added on both sides, and edits to different cells', () => {
    const a = withColumns('Board', 'Contact');
    const row = addTableRow(a.block);
    const b = createDoc();
    sync(a.doc, b);
    const blockB = blocksMap(b).get(a.blockId)!;

    addTableRow(a.block);
    addTableRow(blockB);
    addTableColumn(a.block, 'Phone');
    addTableColumn(blockB, 'Email');
    setTableCell(a.block, row, a.ids[0]!, 'Health and Wellbeing Board');
    setTableCell(blockB, row, a.ids[1]!, 'Board officer');
    mergeTableHeader(blockB, a.ids[0]!);
    sync(a.doc, b);

    const data = generalTable.read(a.block);
    expect(generalTable.read(blockB)).toEqual(data);
    expect(data.rows).toHaveLength(3);
    expect(data.columns.map((c) => c.header).slice(0, 2)).toEqual(['Board', 'Contact']);
    expect(
      data.columns
        .map((c) => c.header)
        .slice(2)
        .sort(),
    ).toEqual(['Email', 'Phone']);
    expect(data.rows[0]!.cells).toEqual({
      [a.ids[0]!]: 'Health and Wellbeing Board',
      [a.ids[1]!]: 'Board officer',
    });
    expect(header(data)[0]).toBe('Board×2');
  });
});

describe('columnLabels', () => {
  it('names each column by position and the header drawn above it', () => {
    expect(
      columnLabels([
        { id: 'a', header: 'Contact', span: 2 },
        { id: 'b', header: 'hidden', span: 1 },
        { id: 'c', header: ' ', span: 1 },
      ]),
    ).toEqual(['Column 1: Contact', 'Column 2: Contact', 'Column 3']);
  });
});

describe('generalTable spans left too wide', () => {
  it('does not let a span cut short at the end cover a column added after it', () => {
    const { block, ids } = withColumns('A', 'B');
    // As after concurrent merges and removals: a span wider than the columns left.
    listIn(block, 'columns').items.get(ids[0]!)!.set('span', 5);
    expect(header(generalTable.read(block))).toEqual(['A×2']);
    addTableColumn(block, 'C');
    expect(header(generalTable.read(block))).toEqual(['A×2', 'C×1']);
  });
});
