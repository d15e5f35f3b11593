import type { BlockContext } from '../core/BlockDefinition.ts';
import { problem, type Problem } from '../core/Problem.ts';
import type { ReportingArrangementsData } from './reportingArrangements.ts';

/**
 * Problems in a reporting arrangements block: reports without a title, reports whose
 * owner is not (or no longer) in the register, reports no one receives, unnamed bodies.
 */
export function validateReporting(
  data: ReportingArrangementsData,
  { partnerships }: BlockContext,
  blockId: string,
): Problem[] {
  const problems: Problem[] = [];
  const inRegister = new Set(partnerships.map((p) => p.id));
  const columns = new Set([...inRegister, ...data.otherBodies.map((b) => b.id)]);
  for (const report of data.reports) {
    const name = report.title.trim() || 'An untitled report';
    const target = { blockId, rowId: report.id };
    if (!report.title.trim()) {
      problems.push(
        problem('empty-cell', 'error', 'A report has no title.', { ...target, field: 'title' }),
      );
    }
    if (!inRegister.has(report.owner)) {
      problems.push(
        problem(
          'report-unknown-owner',
          'error',
          `${name} belongs to no partnership in the register; choose its owner.`,
          { ...target, field: 'owner' },
        ),
      );
    }
    const received = Object.entries(data.cells[report.id] ?? {}).some(
      ([colId, cell]) =>
        columns.has(colId) && colId !== report.owner && cell.action && cell.action !== 'n/a',
    );
    if (!received) {
      problems.push(
        problem(
          'report-no-recipient',
          'warning',
          `${name} goes to no board: choose Present, Inform or Consult for at least one.`,
          target,
        ),
      );
    }
  }
  for (const body of data.otherBodies) {
    if (!body.name.trim()) {
      problems.push(
        problem('empty-cell', 'error', 'A receiving body has no name.', {
          blockId,
          colId: body.id,
          field: 'name',
        }),
      );
    }
  }
  return problems;
}
