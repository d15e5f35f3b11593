import type * as Y from 'yjs';
import { partnershipLabel } from '../../register/Partnership.ts';
import type { BlockDefinition } from '../core/BlockDefinition.ts';
import { readText, readValue } from '../core/fields.ts';
import { newId } from '../core/newId.ts';
import { problem, type Problem } from '../core/Problem.ts';
import { addRecord, createList, listIds, listIn, record } from '../core/RecordList.ts';
import { isIsoDate } from '../core/isoDate.ts';
import { moveRow, removeRow, setRowDate, setRowText } from '../core/rowOperations.ts';

/** One person signing the protocol on behalf of a partnership. */
export interface Signatory {
  id: string;
  name: string;
  /** Their role, e.g. "Independent Chair". */
  designation: string;
  /** The register id of the partnership they sign for ('' when none chosen). */
  partnershipId: string;
  /**
   * The signature as typed, '' while awaited. Kept in its own field so cryptographic
   * sign-off can replace it without touching the rest of the row.
   */
  signature: string;
  /** ISO date (YYYY-MM-DD) of signing, '' when not signed. */
  date: string;
}

/** Name / Designation / Partnership / Signature / Date. */
export interface SignatoriesData {
  rows: Signatory[];
}

/** The typed fields of a signatory row (each a Y.Text). */
export type SignatoryTextField = 'name' | 'designation' | 'signature';

/** A new row's values; omitted ones are empty. */
export type SignatoryInit = Partial<Omit<Signatory, 'id'>>;

const isString = (value: unknown): value is string => typeof value === 'string';

const rows = (block: Y.Map<unknown>) => listIn(block, 'rows');

/** Adds a signatory (at `index`, default the end) and returns its id. */
export function addSignatory(
  block: Y.Map<unknown>,
  init: SignatoryInit = {},
  index?: number,
): string {
  return addRecord(
    rows(block),
    newId('r'),
    {
      name: init.name ?? '',
      designation: init.designation ?? '',
      signature: init.signature ?? '',
    },
    index,
    {
      partnershipId: init.partnershipId ?? '',
      date: init.date && isIsoDate(init.date) ? init.date : '',
    },
  );
}

/** Removes a signatory. */
export const removeSignatory = removeRow(rows);

/** Moves a signatory to `index`. */
export const moveSignatory = moveRow(rows);

/** Edits a signatory's name, designation or typed signature. */
export const setSignatoryText = setRowText<SignatoryTextField>(rows);

/** Chooses the partnership a signatory signs for ('' for none). */
export function setSignatoryPartnership(
  block: Y.Map<unknown>,
  rowId: string,
  partnershipId: string,
): void {
  const row = record(rows(block), rowId);
  if (row && row.get('partnershipId') !== partnershipId) row.set('partnershipId', partnershipId);
}

/** Sets the date of signing (ISO YYYY-MM-DD; '' clears it). Other strings are ignored. */
export const setSignatoryDate = setRowDate(rows);

/** The signatories block: one row per partnership to start with. */
export const signatories: BlockDefinition<SignatoriesData> = {
  type: 'signatories',
  label: 'Signatories',
  description: 'Name / Designation / Partnership / Signature / Date',
  keywords: ['signatures', 'sign', 'chairs', 'sign-off'],

  create(block, { partnerships }) {
    createList(block, 'rows');
    for (const p of partnerships) {
      addSignatory(block, {
        partnershipId: p.id,
        name: p.chair.trim(),
        designation: p.chair.trim() ? 'Chair' : '',
      });
    }
  },

  read(block) {
    const list = rows(block);
    return {
      rows: listIds(list).map((id) => {
        const row = list.items.get(id)!;
        return {
          id,
          name: readText(row, 'name'),
          designation: readText(row, 'designation'),
          partnershipId: readValue(row, 'partnershipId', isString) ?? '',
          signature: readText(row, 'signature'),
          date: readValue(row, 'date', isIsoDate) ?? '',
        };
      }),
    };
  },

  validate(data, { partnerships }, blockId) {
    const problems: Problem[] = [];
    const inRegister = new Set(partnerships.map((p) => p.id));
    data.rows.forEach((row, index) => {
      const target = { blockId, rowId: row.id };
      if (!row.name.trim()) {
        problems.push(
          problem('empty-cell', 'error', `Signatory ${index + 1} has no name.`, {
            ...target,
            field: 'name',
          }),
        );
      }
      if (row.partnershipId && !inRegister.has(row.partnershipId)) {
        const who = row.name.trim() || `Signatory ${index + 1}`;
        problems.push(
          problem(
            'signatory-unknown-partnership',
            'error',
            `${who} signs for a partnership that is no longer in the register.`,
            target,
          ),
        );
      }
    });
    const signed = new Set(data.rows.map((row) => row.partnershipId));
    for (const p of partnerships) {
      if (signed.has(p.id)) continue;
      problems.push(
        problem('partnership-no-signatory', 'error', `${partnershipLabel(p)} has no signatory.`, {
          blockId,
          partnershipId: p.id,
        }),
      );
    }
    return problems;
  },

  usesPartnership(data, partnershipId) {
    return data.rows.some((row) => row.partnershipId === partnershipId);
  },
};
