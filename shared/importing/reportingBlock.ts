import type * as Y from 'yjs';
import {
  addOtherBody,
  addReport,
  REPORT_ACTIONS,
  setAction,
  setTiming,
  type ReportAction,
} from '../blocks/reportingArrangements/reportingArrangements.ts';
import { writeText } from '../blocks/core/fields.ts';
import { OWN_COLUMN } from '../publish/matrixTables.ts';
import { cellText } from './classifyTable.ts';
import type { SourceCell } from './SourceModel.ts';
import type { TableBlock, TableContext } from './tableHelpers.ts';

/** "Present, Autumn" → action and timing; "Autumn" alone is a timing. */
export function parseReportCell(text: string): { action: ReportAction | ''; timing: string } {
  const value = text.trim();
  if (!value || value === OWN_COLUMN) return { action: '', timing: '' };
  const match = /^(present|inform|consult|n\/a)\b[\s,;:–-]*(.*)$/i.exec(value);
  if (!match) return { action: '', timing: value };
  const action = REPORT_ACTIONS.find((a) => a === match[1]!.toLowerCase()) ?? '';
  return { action, timing: match[2]!.trim() };
}

/** Report / From / receiving bodies: partnerships by name, other columns as other bodies. */
export function reportingBlock(rows: SourceCell[][], context: TableContext): TableBlock {
  const header = (rows[0] ?? []).map(cellText);
  const receivers = header
    .slice(2)
    .map((name) =>
      context.register.isPartnership(name)
        ? { kind: 'partnership' as const, key: context.register.ensure(name).key }
        : { kind: 'other' as const, name },
    );
  const reports = rows
    .slice(1)
    .map((r) => r.map(cellText))
    .filter((r) => r[0])
    .map((r) => ({
      title: r[0]!,
      owner: r[1] ? context.register.ensure(r[1]).key : '',
      cells: r.slice(2).map(parseReportCell),
    }));
  const fill = (block: Y.Map<unknown>, partners: Record<string, string>) => {
    if (context.caption) writeText(block, 'title', context.caption);
    const columnIds = receivers.map((r) =>
      r.kind === 'partnership' ? partners[r.key]! : addOtherBody(block, r.name),
    );
    for (const report of reports) {
      const id = addReport(block, report.owner ? partners[report.owner]! : '', report.title);
      report.cells.forEach((cell, i) => {
        const column = columnIds[i];
        if (!column) return;
        if (cell.action) setAction(block, id, column, cell.action);
        if (cell.timing) setTiming(block, id, column, cell.timing);
      });
    }
  };
  return {
    block: { block: 'reportingArrangements', fill },
    detail: `${reports.length} report${reports.length === 1 ? '' : 's'} × ${receivers.length} receiving bodies`,
    usesCaption: !!context.caption,
  };
}
