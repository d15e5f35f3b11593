import { headerCells } from './headerCells.ts';

/**
 * A name for each column, for labelling its cells and controls: "Column 2: Contact", the
 * header being the one drawn above the column (a merged header names every column it spans).
 */
export function columnLabels(columns: { id: string; header: string; span: number }[]): string[] {
  const labels: string[] = [];
  for (const cell of headerCells(columns)) {
    const header = cell.header.trim();
    for (let i = cell.index; i < cell.index + cell.span; i++) {
      labels.push(header ? `Column ${i + 1}: ${header}` : `Column ${i + 1}`);
    }
  }
  return labels;
}
