import type * as Y from 'yjs';
import { writeText } from './fields.ts';
import { isIsoDate } from './isoDate.ts';
import { moveRecord, record, removeRecord, type RecordList } from './RecordList.ts';

/** Where a block keeps a list of rows. */
export type ListOf = (block: Y.Map<unknown>) => RecordList;

/** A block operation removing a row from the list `listOf` finds (its data stays, for undo). */
export function removeRow(listOf: ListOf): (block: Y.Map<unknown>, rowId: string) => void {
  return (block, rowId) => removeRecord(listOf(block), rowId);
}

/** A block operation moving a row to `index` among the visible rows of the list `listOf` finds. */
export function moveRow(
  listOf: ListOf,
): (block: Y.Map<unknown>, rowId: string, index: number) => void {
  return (block, rowId, index) => moveRecord(listOf(block), rowId, index);
}

/**
 * A block operation replacing the text of one of a row's text fields, with a minimal edit
 * of its Y.Text so that concurrent typing merges.
 */
export function setRowText<Field extends string>(
  listOf: ListOf,
): (block: Y.Map<unknown>, rowId: string, field: Field, value: string) => void {
  return (block, rowId, field, value) => {
    const row = record(listOf(block), rowId);
    if (row) writeText(row, field, value);
  };
}

/** A block operation setting a row's date (ISO YYYY-MM-DD; '' clears it); other strings are ignored. */
export function setRowDate(
  listOf: ListOf,
): (block: Y.Map<unknown>, rowId: string, date: string) => void {
  return (block, rowId, date) => {
    const row = record(listOf(block), rowId);
    if (row && (date === '' || isIsoDate(date)) && row.get('date') !== date) row.set('date', date);
  };
}
