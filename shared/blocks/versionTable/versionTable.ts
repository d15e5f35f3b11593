import type * as Y from 'yjs';
import type { BlockDefinition } from '../core/BlockDefinition.ts';
import { readText, readValue } from '../core/fields.ts';
import { newId } from '../core/newId.ts';
import { problem, type Problem } from '../core/Problem.ts';
import { addRecord, createList, listIds, listIn } from '../core/RecordList.ts';
import { compareVersions } from './compareVersions.ts';
import { isIsoDate } from '../core/isoDate.ts';
import { moveRow, removeRow, setRowDate, setRowText } from '../core/rowOperations.ts';

/** One line of the version-control table. */
export interface VersionRow {
  id: string;
  version: string;
  author: string;
  /** ISO date (YYYY-MM-DD), '' when not given. */
  date: string;
  rationale: string;
  /**
   * True for a row typed by hand; false for a row filled in from a named version of the
   * document (a later feature), which the table may then show as not editable.
   */
  legacy: boolean;
}

/** Version / Author / Date / Rationale, oldest version first. */
export interface VersionTableData {
  rows: VersionRow[];
}

/** The text fields of a row (each a Y.Text, so typing in one merges). */
export type VersionTextField = 'version' | 'author' | 'rationale';

/** A new row's values; omitted text is empty, `legacy` defaults to true (typed by hand). */
export type VersionRowInit = Partial<Omit<VersionRow, 'id'>>;

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

const rows = (block: Y.Map<unknown>) => listIn(block, 'rows');

/** Adds a row (at `index`, default the end) and returns its id. */
export function addVersionRow(
  block: Y.Map<unknown>,
  init: VersionRowInit = {},
  index?: number,
): string {
  return addRecord(
    rows(block),
    newId('r'),
    {
      version: init.version ?? '',
      author: init.author ?? '',
      rationale: init.rationale ?? '',
      legacy: init.legacy ?? true,
    },
    index,
    { date: init.date && isIsoDate(init.date) ? init.date : '' },
  );
}

/** Removes a row. */
export const removeVersionRow = removeRow(rows);

/** Moves a row to `index`. */
export const moveVersionRow = moveRow(rows);

/** Edits the version, author or rationale of a row. */
export const setVersionText = setRowText<VersionTextField>(rows);

/** Sets a row's date (ISO YYYY-MM-DD; '' clears it). Other strings are ignored. */
export const setVersionDate = setRowDate(rows);

function checkRow(row: VersionRow, previous: VersionRow | undefined, blockId: string): Problem[] {
  const problems: Problem[] = [];
  const target = { blockId, rowId: row.id };
  const name = row.version.trim() ? `Version ${row.version.trim()}` : 'A version row';
  if (!row.version.trim()) {
    problems.push(
      problem('empty-cell', 'error', 'A version row has no version number.', {
        ...target,
        field: 'version',
      }),
    );
  }
  if (!row.date) {
    problems.push(
      problem('empty-cell', 'error', `${name} has no date.`, { ...target, field: 'date' }),
    );
  }
  if (!previous) return problems;
  const order = compareVersions(previous.version, row.version);
  if (order !== undefined && order >= 0) {
    const message =
      order === 0
        ? `${name} appears twice.`
        : `${name} is listed after version ${previous.version.trim()}; list versions oldest first.`;
    problems.push(
      problem('version-out-of-order', 'warning', message, { ...target, field: 'version' }),
    );
  }
  if (row.date && previous.date && row.date < previous.date) {
    problems.push(
      problem('version-date-order', 'warning', `${name} is dated before the row above it.`, {
        ...target,
        field: 'date',
      }),
    );
  }
  return problems;
}

/** The version-control table block. */
export const versionTable: BlockDefinition<VersionTableData> = {
  type: 'versionTable',
  label: 'Version control',
  description: 'Version / Author / Date / Rationale',
  keywords: ['version', 'history', 'control', 'author'],

  create(block) {
    createList(block, 'rows');
  },

  read(block) {
    const list = rows(block);
    return {
      rows: listIds(list).map((id) => {
        const row = list.items.get(id)!;
        return {
          id,
          version: readText(row, 'version'),
          author: readText(row, 'author'),
          date: readValue(row, 'date', isIsoDate) ?? '',
          rationale: readText(row, 'rationale'),
          legacy: readValue(row, 'legacy', isBoolean) ?? true,
        };
      }),
    };
  },

  validate(data, _context, blockId) {
    return data.rows.flatMap((row, index) => checkRow(row, data.rows[index - 1], blockId));
  },

  usesPartnership() {
    return false;
  },
};
