import * as Y from 'yjs';
import type { BlockDefinition } from '../core/BlockDefinition.ts';
import { readText, readValue } from '../core/fields.ts';
import { newId } from '../core/newId.ts';
import { problem, type Problem } from '../core/Problem.ts';
import { addRecord, createList, listIds, listIn, record } from '../core/RecordList.ts';
import { moveRow, removeRow, setRowText } from '../core/rowOperations.ts';

/** A theme of common interest and the partnership that leads on it. */
export interface LeadTheme {
  id: string;
  theme: string;
  /** The register id of the lead partnership, '' when not chosen yet. */
  leadId: string;
  /** Further information, several lines. */
  info: string;
}

/** Theme / Lead partnership / Further information. */
export interface LeadTableData {
  title: string;
  rows: LeadTheme[];
}

/** The typed fields of a theme row (each a Y.Text). */
export type LeadTextField = 'theme' | 'info';

const isString = (value: unknown): value is string => typeof value === 'string';

const rows = (block: Y.Map<unknown>) => listIn(block, 'rows');

/** Adds a theme (at `index`, default the end) and returns its id. */
export function addLeadTheme(
  block: Y.Map<unknown>,
  init: Partial<Omit<LeadTheme, 'id'>> = {},
  index?: number,
): string {
  const text = { theme: init.theme ?? '', info: init.info ?? '' };
  return addRecord(rows(block), newId('r'), text, index, { leadId: init.leadId ?? '' });
}

/** Removes a theme. */
export const removeLeadTheme = removeRow(rows);

/** Moves a theme to `index`. */
export const moveLeadTheme = moveRow(rows);

/** Edits a theme's name or further information. */
export const setLeadText = setRowText<LeadTextField>(rows);

/** Chooses the lead partnership of a theme ('' for none). */
export function setLead(block: Y.Map<unknown>, rowId: string, partnershipId: string): void {
  const row = record(rows(block), rowId);
  if (row && row.get('leadId') !== partnershipId) row.set('leadId', partnershipId);
}

function checkRow(
  row: LeadTheme,
  index: number,
  inRegister: Set<string>,
  blockId: string,
): Problem[] {
  const problems: Problem[] = [];
  const target = { blockId, rowId: row.id };
  const name = row.theme.trim() || `Theme ${index + 1}`;
  if (!row.theme.trim()) {
    problems.push(
      problem('empty-cell', 'error', `Theme ${index + 1} has no name.`, {
        ...target,
        field: 'theme',
      }),
    );
  }
  if (!row.leadId) {
    problems.push(
      problem('lead-missing', 'warning', `${name} has no lead partnership.`, {
        ...target,
        field: 'leadId',
      }),
    );
  } else if (!inRegister.has(row.leadId)) {
    problems.push(
      problem(
        'lead-unknown-partnership',
        'error',
        `${name} is led by a partnership that is no longer in the register.`,
        { ...target, field: 'leadId' },
      ),
    );
  }
  return problems;
}

/** The lead table block: which partnership leads on each theme of common interest. */
export const leadTable: BlockDefinition<LeadTableData> = {
  type: 'leadTable',
  label: 'Lead table',
  description: 'Theme / Lead partnership / Further information',
  keywords: ['themes', 'lead', 'common interest'],

  create(block) {
    block.set('title', new Y.Text('Themes of common interest'));
    createList(block, 'rows');
  },

  read(block) {
    const list = rows(block);
    return {
      title: readText(block, 'title'),
      rows: listIds(list).map((id) => {
        const row = list.items.get(id)!;
        return {
          id,
          theme: readText(row, 'theme'),
          leadId: readValue(row, 'leadId', isString) ?? '',
          info: readText(row, 'info'),
        };
      }),
    };
  },

  validate(data, { partnerships }, blockId) {
    const inRegister = new Set(partnerships.map((p) => p.id));
    return data.rows.flatMap((row, index) => checkRow(row, index, inRegister, blockId));
  },

  usesPartnership(data, partnershipId) {
    return data.rows.some((row) => row.leadId === partnershipId);
  },
};
