import * as Y from 'yjs';
import type { BlockDefinition } from '../core/BlockDefinition.ts';
import { cellKey, readCell, writeCell } from '../core/cells.ts';
import { readText, writeText } from '../core/fields.ts';
import { newId } from '../core/newId.ts';
import { problem, type Problem } from '../core/Problem.ts';
import { addRecord, createList, listIds, listIn, record } from '../core/RecordList.ts';
import { moveRow, removeRow } from '../core/rowOperations.ts';

/** A partnership's part in a priority. */
export type PriorityRole = 'lead' | 'contributing';

export const PRIORITY_ROLES: readonly PriorityRole[] = ['lead', 'contributing'];

/** How each role is written in the matrix and its key. */
export const ROLE_LABEL: Record<PriorityRole, string> = {
  lead: 'Lead',
  contributing: 'Contributing',
};

/** Strategic priorities × partnerships (the register's, in its order) → Lead / Contributing. */
export interface PriorityMatrixData {
  title: string;
  priorities: { id: string; title: string }[];
  /** priority id → partnership id → role; empty cells are absent. */
  cells: Record<string, Record<string, PriorityRole>>;
}

const isRole = (value: string): value is PriorityRole =>
  (PRIORITY_ROLES as readonly string[]).includes(value);

/** Adds a strategic priority (at `index`, default the end) and returns its id. */
export function addPriority(block: Y.Map<unknown>, title = '', index?: number): string {
  return addRecord(listIn(block, 'priorities'), newId('r'), { title }, index);
}

/** Renames a priority. */
export function setPriorityTitle(block: Y.Map<unknown>, priorityId: string, title: string): void {
  const row = record(listIn(block, 'priorities'), priorityId);
  if (row) writeText(row, 'title', title);
}

/** Removes a priority from the matrix. */
export const removePriority = removeRow((block) => listIn(block, 'priorities'));

/** Moves a priority up or down. */
export const movePriority = moveRow((block) => listIn(block, 'priorities'));

/** Sets one partnership's role in one priority ('' clears it). */
export function setRole(
  block: Y.Map<unknown>,
  priorityId: string,
  partnershipId: string,
  role: PriorityRole | '',
): void {
  writeCell(block.get('cells') as Y.Map<unknown>, priorityId, partnershipId, role);
}

/** The priority matrix block. */
export const priorityMatrix: BlockDefinition<PriorityMatrixData> = {
  type: 'priorityMatrix',
  label: 'Priority matrix',
  description: 'Strategic priorities × partnerships: who leads, who contributes',
  keywords: ['priorities', 'lead', 'contributing', 'matrix', 'strategic'],

  create(block) {
    block.set('title', new Y.Text('Strategic priority matrix'));
    createList(block, 'priorities');
    block.set('cells', new Y.Map<unknown>());
  },

  read(block) {
    const list = listIn(block, 'priorities');
    const cellsMap = block.get('cells') as Y.Map<unknown>;
    const priorities = listIds(list).map((id) => ({
      id,
      title: readText(list.items.get(id)!, 'title'),
    }));
    const cells: PriorityMatrixData['cells'] = {};
    const wanted = new Set(priorities.map((p) => p.id));
    for (const key of cellsMap.keys()) {
      const [rowId, colId] = key.split('|') as [string, string];
      const value = readCell(cellsMap, rowId, colId);
      if (!wanted.has(rowId) || !isRole(value)) continue;
      (cells[rowId] ??= {})[colId] = value;
    }
    return { title: readText(block, 'title'), priorities, cells };
  },

  validate(data, { partnerships }, blockId) {
    const problems: Problem[] = [];
    const inRegister = new Set(partnerships.map((p) => p.id));
    for (const priority of data.priorities) {
      const name = priority.title.trim() || 'An untitled priority';
      const target = { blockId, rowId: priority.id };
      if (!priority.title.trim()) {
        problems.push(
          problem('empty-cell', 'error', 'A strategic priority has no name.', {
            ...target,
            field: 'title',
          }),
        );
      }
      const leads = Object.entries(data.cells[priority.id] ?? {}).filter(
        ([pid, role]) => role === 'lead' && inRegister.has(pid),
      );
      if (leads.length === 0) {
        problems.push(
          problem('priority-no-lead', 'error', `${name} has no Lead partnership.`, target),
        );
      } else if (leads.length > 1) {
        problems.push(
          problem(
            'priority-several-leads',
            'error',
            `${name} has ${leads.length} Lead partnerships; choose one.`,
            target,
          ),
        );
      }
    }
    return problems;
  },

  usesPartnership(data, partnershipId) {
    return Object.values(data.cells).some((row) => partnershipId in row);
  },
};

/** The stored key of a cell, for marking problems in place. */
export const priorityCellKey = (priorityId: string, partnershipId: string) =>
  cellKey(priorityId, partnershipId);
