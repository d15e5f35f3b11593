import type * as Y from 'yjs';
import { moveRecord, removeRecord, type RecordList } from './RecordList.ts';

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
