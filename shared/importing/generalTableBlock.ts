import { fillGeneralTable } from '../templates/fillers.ts';
import { mergeTableHeader } from '../blocks/generalTable/generalTable.ts';
import { generalTable } from '../blocks/generalTable/generalTable.ts';
import { cellText } from './classifyTable.ts';
import type { SourceCell } from './SourceModel.ts';
import type { TableBlock, TableContext } from './tableHelpers.ts';

/** Cells of a row laid out by column: a cell spanning columns fills the first of them. */
function spread(row: SourceCell[], columns: number): string[] {
  const cells = Array<string>(columns).fill('');
  let at = 0;
  for (const cell of row) {
    if (at < columns) cells[at] = cellText(cell);
    at += cell.span;
  }
  return cells;
}

/** Any other table: its first row the header (merged header cells kept), the rest its rows. */
export function generalTableBlock(rows: SourceCell[][], context: TableContext): TableBlock {
  const columns = Math.max(1, ...rows.map((r) => r.reduce((n, c) => n + c.span, 0)));
  const header = rows[0] ?? [];
  const body = rows.slice(1).map((r) => spread(r, columns));
  const merged = rows.slice(1).filter((r) => r.some((c) => c.span > 1)).length;
  if (merged) {
    context.notes.push(
      `A table${context.caption ? ` (“${context.caption}”)` : ''} had ${merged} row${merged === 1 ? '' : 's'} with merged cells: each merged cell’s text is in its first column.`,
    );
  }
  const fill = (block: Parameters<typeof fillGeneralTable>[0]) => {
    fillGeneralTable(block, context.caption, spread(header, columns), body);
    // Merge header cells as they were drawn, from the right so positions stay put.
    let at = 0;
    const starts = header.map((cell) => {
      const start = at;
      at += cell.span;
      return { start, span: cell.span };
    });
    const ids = generalTable.read(block).columns.map((c) => c.id);
    for (const { start, span } of starts.reverse()) {
      for (let i = 1; i < span && ids[start]; i++) mergeTableHeader(block, ids[start]!);
    }
  };
  return {
    block: { block: 'generalTable', fill },
    detail: `${columns} column${columns === 1 ? '' : 's'}, ${body.length} row${body.length === 1 ? '' : 's'}`,
    usesCaption: !!context.caption,
  };
}
