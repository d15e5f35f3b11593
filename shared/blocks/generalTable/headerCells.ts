/** One cell of a table's header row as drawn. */
export interface HeaderCell {
  /** The column whose header this is (the first of the columns it spans). */
  colId: string;
  header: string;
  /** Position of that column among the table's columns. */
  index: number;
  /** Columns spanned, never past the last column. */
  span: number;
}

/**
 * The header row as drawn: each column's header, except columns covered by a merged
 * header to their left. A span reaching past the last column is cut short.
 */
export function headerCells(columns: { id: string; header: string; span: number }[]): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let index = 0; index < columns.length;) {
    const column = columns[index]!;
    const span = Math.min(Math.max(1, Math.floor(column.span)), columns.length - index);
    cells.push({ colId: column.id, header: column.header, index, span });
    index += span;
  }
  return cells;
}
