import type * as Y from 'yjs';
import type { BlockDefinition } from '../core/BlockDefinition.ts';
import { readText, writeText } from '../core/fields.ts';
import { newId } from '../core/newId.ts';
import { problem } from '../core/Problem.ts';
import {
  addRecord,
  createList,
  listIds,
  listIn,
  moveRecord,
  record,
  removeRecord,
} from '../core/RecordList.ts';
import { moveRow, removeRow } from '../core/rowOperations.ts';

/** Frequencies offered as suggestions; any other text may be typed. */
export const FREQUENCY_SUGGESTIONS: readonly string[] = [
  'Monthly',
  'Quarterly',
  '6 monthly',
  'Annually',
  'On-going',
];

/** How often something is done, and what. */
export interface CoordinationRow {
  id: string;
  frequency: string;
  action: string;
}

/** A titled group of rows, e.g. "Information sharing". */
export interface CoordinationGroup {
  id: string;
  title: string;
  rows: CoordinationRow[];
}

/** Frequency / Action rows in titled groups. */
export interface CoordinationTableData {
  groups: CoordinationGroup[];
}

/** The typed fields of a row (each a Y.Text). */
export type CoordinationField = 'frequency' | 'action';

const groups = (block: Y.Map<unknown>) => listIn(block, 'groups');

/** A group's rows, when the group exists. */
function groupRows(block: Y.Map<unknown>, groupId: string) {
  const group = record(groups(block), groupId);
  return group ? listIn(group, 'rows') : undefined;
}

/** Adds a group (at `index`, default the end), with its own empty list of rows; returns its id. */
export function addCoordinationGroup(block: Y.Map<unknown>, title = '', index?: number): string {
  const list = groups(block);
  const id = addRecord(list, newId('g'), { title }, index);
  // Created with the group, by the only peer that knows its id: never created twice.
  createList(list.items.get(id)!, 'rows');
  return id;
}

/** Removes a group and its rows. */
export const removeCoordinationGroup = removeRow(groups);

/** Moves a group to `index`. */
export const moveCoordinationGroup = moveRow(groups);

/** Renames a group. */
export function setCoordinationGroupTitle(
  block: Y.Map<unknown>,
  groupId: string,
  title: string,
): void {
  const group = record(groups(block), groupId);
  if (group) writeText(group, 'title', title);
}

/** Adds a row to a group (at `index`, default the end) and returns its id ('' if no group). */
export function addCoordinationRow(
  block: Y.Map<unknown>,
  groupId: string,
  init: Partial<Omit<CoordinationRow, 'id'>> = {},
  index?: number,
): string {
  const rows = groupRows(block, groupId);
  if (!rows) return '';
  const fields = { frequency: init.frequency ?? '', action: init.action ?? '' };
  return addRecord(rows, newId('r'), fields, index);
}

/** Removes a row from its group. */
export function removeCoordinationRow(block: Y.Map<unknown>, groupId: string, rowId: string): void {
  const rows = groupRows(block, groupId);
  if (rows) removeRecord(rows, rowId);
}

/** Moves a row within its group. */
export function moveCoordinationRow(
  block: Y.Map<unknown>,
  groupId: string,
  rowId: string,
  index: number,
): void {
  const rows = groupRows(block, groupId);
  if (rows) moveRecord(rows, rowId, index);
}

/** Edits a row's frequency or action. */
export function setCoordinationText(
  block: Y.Map<unknown>,
  groupId: string,
  rowId: string,
  field: CoordinationField,
  value: string,
): void {
  const rows = groupRows(block, groupId);
  const row = rows && record(rows, rowId);
  if (row) writeText(row, field, value);
}

/** The coordination table block: how often the partnerships do what, in titled groups. */
export const coordinationTable: BlockDefinition<CoordinationTableData> = {
  type: 'coordinationTable',
  label: 'Coordination table',
  description: 'Frequency / Action, in titled groups',
  keywords: ['frequency', 'action', 'meetings', 'cadence', 'coordination'],

  create(block) {
    createList(block, 'groups');
  },

  read(block) {
    const list = groups(block);
    return {
      groups: listIds(list).map((id) => {
        const group = list.items.get(id)!;
        const rows = listIn(group, 'rows');
        return {
          id,
          title: readText(group, 'title'),
          rows: listIds(rows).map((rowId) => {
            const row = rows.items.get(rowId)!;
            return {
              id: rowId,
              frequency: readText(row, 'frequency'),
              action: readText(row, 'action'),
            };
          }),
        };
      }),
    };
  },

  validate(data, _context, blockId) {
    return data.groups.flatMap((group) =>
      group.rows.flatMap((row, index) =>
        (['frequency', 'action'] as const)
          .filter((field) => !row[field].trim())
          .map((field) =>
            problem(
              'empty-cell',
              'error',
              `Row ${index + 1} of ${group.title.trim() || 'an untitled group'} has no ${field}.`,
              { blockId, rowId: row.id, field },
            ),
          ),
      ),
    );
  },

  usesPartnership() {
    return false;
  },
};
