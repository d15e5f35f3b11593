import type * as Y from 'yjs';

/**
 * Cells of a matrix (row × column), one map entry per cell and field, so two people
 * editing different cells, or the action and the timing of one cell, never collide.
 * Concurrent edits of the same cell field resolve to one value (last writer wins).
 */
export function cellKey(rowId: string, colId: string, field = 'value'): string {
  return `${rowId}|${colId}|${field}`;
}

/** A cell's value as a string ('' when empty). */
export function readCell(
  cells: Y.Map<unknown>,
  rowId: string,
  colId: string,
  field?: string,
): string {
  const value = cells.get(cellKey(rowId, colId, field));
  return typeof value === 'string' ? value : '';
}

/** Sets a cell; an empty value removes the entry. */
export function writeCell(
  cells: Y.Map<unknown>,
  rowId: string,
  colId: string,
  value: string,
  field?: string,
): void {
  const key = cellKey(rowId, colId, field);
  if (value === '') {
    if (cells.has(key)) cells.delete(key);
  } else if (cells.get(key) !== value) {
    cells.set(key, value);
  }
}
