import * as Y from 'yjs';
import type { BlockDefinition } from '../core/BlockDefinition.ts';
import { readCell, writeCell } from '../core/cells.ts';
import { readText, writeText } from '../core/fields.ts';
import { newId } from '../core/newId.ts';
import { addRecord, createList, listIds, listIn, moveRecord, record } from '../core/RecordList.ts';
import { validateReporting } from './validateReporting.ts';
import { moveRow, removeRow } from '../core/rowOperations.ts';

/** What a receiving board does with a report. `n/a` says so explicitly; '' is undecided. */
export type ReportAction = 'present' | 'inform' | 'consult' | 'n/a';

/** Every action, in the order the select offers them. */
export const REPORT_ACTIONS: readonly ReportAction[] = ['present', 'inform', 'consult', 'n/a'];

/** How each action is written in the table. */
export const ACTION_LABEL: Record<ReportAction, string> = {
  present: 'Present',
  inform: 'Inform',
  consult: 'Consult',
  'n/a': 'n/a',
};

/** What one receiving column does with one report, and when (e.g. "Autumn", "every 4 years"). */
export interface ReportCell {
  action: ReportAction | '';
  timing: string;
}

/**
 * Reports (rows, each owned by a partnership) × receiving columns: every partnership in
 * the register, in its order, then the block's own "other bodies" (e.g. a scrutiny panel).
 */
export interface ReportingArrangementsData {
  title: string;
  /** In stored order; views group them by owner. `owner` is a partnership id. */
  reports: { id: string; owner: string; title: string }[];
  /** Receiving bodies outside the register, after the partnerships' columns. */
  otherBodies: { id: string; name: string }[];
  /**
   * report id → column id (partnership or other body) → cell. Empty cells, cells of a
   * removed other body and a report's own owner's column are absent.
   */
  cells: Record<string, Record<string, ReportCell>>;
}

const isAction = (value: string): value is ReportAction =>
  (REPORT_ACTIONS as readonly string[]).includes(value);

const reportsOf = (block: Y.Map<unknown>) => listIn(block, 'reports');
const bodiesOf = (block: Y.Map<unknown>) => listIn(block, 'otherBodies');
const cellsOf = (block: Y.Map<unknown>) => block.get('cells') as Y.Map<unknown>;

/** Adds a report owned by a partnership (at `index`, default the end) and returns its id. */
export function addReport(
  block: Y.Map<unknown>,
  owner: string,
  title = '',
  index?: number,
): string {
  return addRecord(reportsOf(block), newId('r'), { title }, index, { owner });
}

/** Renames a report. */
export function setReportTitle(block: Y.Map<unknown>, reportId: string, title: string): void {
  const row = record(reportsOf(block), reportId);
  if (row) writeText(row, 'title', title);
}

/** Gives a report to another partnership (concurrent changes: last writer wins). */
export function setReportOwner(block: Y.Map<unknown>, reportId: string, owner: string): void {
  const row = record(reportsOf(block), reportId);
  if (row && row.get('owner') !== owner) row.set('owner', owner);
}

/** Removes a report. */
export const removeReport = removeRow(reportsOf);

/** Moves a report to `index` among all reports. */
export const moveReport = moveRow(reportsOf);

/** Moves a report to `index` among the reports of the same owner (as the table groups them). */
export function moveReportInGroup(block: Y.Map<unknown>, reportId: string, index: number): void {
  const list = reportsOf(block);
  const owner = list.items.get(reportId)?.get('owner');
  const ids = listIds(list);
  const group = ids.filter((id) => list.items.get(id)!.get('owner') === owner);
  const target = group[index];
  if (target === undefined || target === reportId) return;
  moveRecord(list, reportId, ids.indexOf(target));
}

/** Sets what a receiving column does with a report ('' clears it). */
export function setAction(
  block: Y.Map<unknown>,
  reportId: string,
  colId: string,
  action: ReportAction | '',
): void {
  writeCell(cellsOf(block), reportId, colId, action, 'action');
}

/** Sets when a receiving column gets a report, e.g. "Autumn" ('' clears it). */
export function setTiming(
  block: Y.Map<unknown>,
  reportId: string,
  colId: string,
  timing: string,
): void {
  writeCell(cellsOf(block), reportId, colId, timing, 'timing');
}

/** Adds a receiving body outside the register (a column after the partnerships'). */
export function addOtherBody(block: Y.Map<unknown>, name = '', index?: number): string {
  return addRecord(bodiesOf(block), newId('c'), { name }, index);
}

/** Renames an other body. */
export function renameOtherBody(block: Y.Map<unknown>, bodyId: string, name: string): void {
  const row = record(bodiesOf(block), bodyId);
  if (row) writeText(row, 'name', name);
}

/** Removes an other body's column (its cells stay stored, for undo). */
export const removeOtherBody = removeRow(bodiesOf);

/** Moves an other body's column among the other bodies. */
export const moveOtherBody = moveRow(bodiesOf);

function readCells(
  block: Y.Map<unknown>,
  reports: ReportingArrangementsData['reports'],
): ReportingArrangementsData['cells'] {
  const cellsMap = cellsOf(block);
  const bodies = bodiesOf(block);
  const shown = new Set(listIds(bodies));
  const owners = new Map(reports.map((r) => [r.id, r.owner]));
  const cells: ReportingArrangementsData['cells'] = {};
  for (const key of cellsMap.keys()) {
    const [rowId, colId] = key.split('|') as [string, string];
    const owner = owners.get(rowId);
    if (owner === undefined || owner === colId) continue;
    if (bodies.items.has(colId) && !shown.has(colId)) continue;
    const action = readCell(cellsMap, rowId, colId, 'action');
    const cell: ReportCell = {
      action: isAction(action) ? action : '',
      timing: readCell(cellsMap, rowId, colId, 'timing'),
    };
    if (cell.action || cell.timing) (cells[rowId] ??= {})[colId] = cell;
  }
  return cells;
}

/** The reporting arrangements block. */
export const reportingArrangements: BlockDefinition<ReportingArrangementsData> = {
  type: 'reportingArrangements',
  label: 'Reporting arrangements',
  description: 'Reports × receiving boards: Present / Inform / Consult and when',
  keywords: ['reports', 'reporting', 'present', 'inform', 'consult', 'annual'],

  create(block) {
    block.set('title', new Y.Text('Reporting arrangements'));
    createList(block, 'reports');
    createList(block, 'otherBodies');
    block.set('cells', new Y.Map<unknown>());
  },

  read(block) {
    const list = reportsOf(block);
    const reports = listIds(list).map((id) => {
      const row = list.items.get(id)!;
      const owner = row.get('owner');
      return { id, owner: typeof owner === 'string' ? owner : '', title: readText(row, 'title') };
    });
    const bodies = bodiesOf(block);
    const otherBodies = listIds(bodies).map((id) => ({
      id,
      name: readText(bodies.items.get(id)!, 'name'),
    }));
    return {
      title: readText(block, 'title'),
      reports,
      otherBodies,
      cells: readCells(block, reports),
    };
  },

  validate: validateReporting,

  usesPartnership(data, partnershipId) {
    return (
      data.reports.some((r) => r.owner === partnershipId) ||
      Object.values(data.cells).some((row) => partnershipId in row)
    );
  },
};
