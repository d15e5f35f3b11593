import type * as Y from 'yjs';
import { writeText } from '../blocks/core/fields.ts';
import {
  addTableColumn,
  addTableRow,
  generalTable,
  removeTableColumn,
  removeTableRow,
  setTableCell,
} from '../blocks/generalTable/generalTable.ts';
import {
  addSignatory,
  removeSignatory,
  signatories,
  type Signatory,
} from '../blocks/signatories/signatories.ts';

/** Replaces a general table's columns and rows (templates start from the default 3 × 2). */
export function fillGeneralTable(
  block: Y.Map<unknown>,
  title: string,
  headers: string[],
  rows: string[][],
): void {
  const before = generalTable.read(block);
  for (const row of before.rows) removeTableRow(block, row.id);
  for (const column of before.columns) removeTableColumn(block, column.id);
  writeText(block, 'title', title);
  const columnIds = headers.map((header) => addTableColumn(block, header));
  for (const cells of rows) {
    const rowId = addTableRow(block);
    cells.forEach((text, i) => {
      if (text) setTableCell(block, rowId, columnIds[i]!, text);
    });
  }
}

/** Replaces the default one-row-per-partnership signatories with the given rows. */
export function fillSignatories(block: Y.Map<unknown>, rows: Omit<Signatory, 'id'>[]): void {
  for (const row of signatories.read(block).rows) removeSignatory(block, row.id);
  for (const row of rows) addSignatory(block, row);
}
