import * as Y from 'yjs';
import type { BlockDefinition } from '../core/BlockDefinition.ts';
import { readCell, writeCell } from '../core/cells.ts';
import { readText, readValue, writeText } from '../core/fields.ts';
import { newId } from '../core/newId.ts';
import { problem } from '../core/Problem.ts';
import {
  addRecord,
  createList,
  listIds,
  listIn,
  moveRecord,
  record,
  removeRecord,
} from '../core/RecordList.ts';
import { headerCells } from './headerCells.ts';
import { moveRow, removeRow } from '../core/rowOperations.ts';

/** A column: its header text and how many columns (itself included) that header spans. */
export interface TableColumn {
  id: string;
  header: string;
  /** 1 for a plain header; more when merged with the next columns' headers. */
  span: number;
}

/** A row: its cells' text by column id (empty cells are absent). */
export interface TableRow {
  id: string;
  cells: Record<string, string>;
}

/** A general table: title, columns with a header row, rows. */
export interface GeneralTableData {
  title: string;
  columns: TableColumn[];
  rows: TableRow[];
}

const columns = (block: Y.Map<unknown>) => listIn(block, 'columns');
const rows = (block: Y.Map<unknown>) => listIn(block, 'rows');
const cells = (block: Y.Map<unknown>) => block.get('cells') as Y.Map<unknown>;
const isSpan = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1;

function readColumns(block: Y.Map<unknown>): TableColumn[] {
  const list = columns(block);
  return listIds(list).map((id) => {
    const column = list.items.get(id)!;
    return { id, header: readText(column, 'header'), span: readValue(column, 'span', isSpan) ?? 1 };
  });
}

function setSpan(block: Y.Map<unknown>, colId: string, span: number): void {
  const column = record(columns(block), colId);
  if (column && column.get('span') !== span) column.set('span', span);
}

/** Adds a row (at `index`, default the end) and returns its id. */
export function addTableRow(block: Y.Map<unknown>, index?: number): string {
  return addRecord(rows(block), newId('r'), {}, index);
}

/** Removes a row. */
export const removeTableRow = removeRow(rows);

/** Moves a row to `index`. */
export const moveTableRow = moveRow(rows);

/**
 * Adds a column (at `index`, default the end) and returns its id. A column added inside
 * a merged header widens that header, so it keeps spanning the same columns.
 */
export function addTableColumn(block: Y.Map<unknown>, header = '', index?: number): string {
  const before = readColumns(block);
  const at = index ?? before.length;
  const shown = headerCells(before);
  // A span left reaching past the last column (after concurrent edits) would cover the new one.
  const last = shown.at(-1);
  if (last && before[last.index]!.span > last.span) setSpan(block, last.colId, last.span);
  const around = shown.find((c) => at > c.index && at < c.index + c.span);
  if (around) setSpan(block, around.colId, around.span + 1);
  return addRecord(columns(block), newId('c'), { header, span: 1 }, index);
}

/**
 * Removes a column (its cells stay, for undo). A merged header covering it narrows by one;
 * removing the first column of a merged header splits that header.
 */
export function removeTableColumn(block: Y.Map<unknown>, colId: string): void {
  const cols = readColumns(block);
  const position = cols.findIndex((c) => c.id === colId);
  const cell = headerCells(cols).find(
    (c) => position >= c.index && position < c.index + c.span && c.span > 1,
  );
  if (cell) setSpan(block, cell.colId, cell.colId === colId ? 1 : cell.span - 1);
  removeRecord(columns(block), colId);
}

/** Moves a column to `index`. Merged headers it leaves or lands in are split. */
export function moveTableColumn(block: Y.Map<unknown>, colId: string, index: number): void {
  const splitAround = () => {
    const cols = readColumns(block);
    const position = cols.findIndex((c) => c.id === colId);
    for (const cell of headerCells(cols)) {
      if (cell.span > 1 && position >= cell.index && position < cell.index + cell.span) {
        setSpan(block, cell.colId, 1);
      }
    }
  };
  splitAround();
  moveRecord(columns(block), colId, index);
  splitAround();
}

/** Sets a column's header text. */
export function setTableHeader(block: Y.Map<unknown>, colId: string, text: string): void {
  const column = record(columns(block), colId);
  if (column) writeText(column, 'header', text);
}

/** Sets one cell's text ('' empties it). */
export function setTableCell(
  block: Y.Map<unknown>,
  rowId: string,
  colId: string,
  value: string,
): void {
  writeCell(cells(block), rowId, colId, value);
}

/** Merges a header cell with the header cell after it (no-op for the last one). */
export function mergeTableHeader(block: Y.Map<unknown>, colId: string): void {
  const shown = headerCells(readColumns(block));
  const at = shown.findIndex((c) => c.colId === colId);
  const next = shown[at + 1];
  if (at >= 0 && next) setSpan(block, colId, shown[at]!.span + next.span);
}

/** Splits a merged header cell back into one header per column. */
export function splitTableHeader(block: Y.Map<unknown>, colId: string): void {
  setSpan(block, colId, 1);
}

/** The general table block: any table the other blocks do not cover. */
export const generalTable: BlockDefinition<GeneralTableData> = {
  type: 'generalTable',
  label: 'Table',
  description: 'A general table, header cells may span columns',
  keywords: ['table', 'grid'],

  create(block) {
    block.set('title', new Y.Text(''));
    createList(block, 'columns');
    createList(block, 'rows');
    block.set('cells', new Y.Map<unknown>());
    for (let i = 0; i < 3; i++) addTableColumn(block);
    for (let i = 0; i < 2; i++) addTableRow(block);
  },

  read(block) {
    const cols = readColumns(block);
    const cellMap = cells(block);
    return {
      title: readText(block, 'title'),
      columns: cols,
      rows: listIds(rows(block)).map((id) => {
        const row: TableRow = { id, cells: {} };
        for (const col of cols) {
          const value = readCell(cellMap, id, col.id);
          if (value) row.cells[col.id] = value;
        }
        return row;
      }),
    };
  },

  validate(data, _context, blockId) {
    if (data.rows.length > 0 && data.columns.length > 0) return [];
    const what = data.columns.length === 0 ? 'no columns' : 'no rows';
    return [problem('table-empty', 'warning', `A table has ${what}.`, { blockId })];
  },

  usesPartnership() {
    return false;
  },
};
