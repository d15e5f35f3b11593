import type * as Y from 'yjs';
import { newId } from '../blocks/core/newId.ts';
import { readLines, readText, writeText } from '../blocks/core/fields.ts';
import {
  addRecord,
  listIds,
  moveRecord,
  record,
  removeRecord,
  rootList,
  type RecordList,
} from '../blocks/core/RecordList.ts';
import { PARTNERSHIP_FIELDS, type Partnership, type PartnershipField } from './Partnership.ts';

/**
 * The partnership register: one per document, the single source every block refers to
 * by id. Stored in two root types (`partnershipsOrder`, `partnerships`), so no peer
 * ever has to create it and two peers can never create it twice.
 */
export function registerList(doc: Y.Doc): RecordList {
  return rootList(doc, 'partnerships');
}

/** The register as plain data, in order. */
export function readRegister(doc: Y.Doc): Partnership[] {
  const list = registerList(doc);
  return listIds(list).map((id) => {
    const map = list.items.get(id)!;
    return {
      id,
      name: readText(map, 'name'),
      acronym: readText(map, 'acronym'),
      chair: readText(map, 'chair'),
      statutoryBasis: readText(map, 'statutoryBasis'),
      purpose: readText(map, 'purpose'),
      duties: readLines(map, 'duties'),
      priorities: readLines(map, 'priorities'),
    };
  });
}

/** Initial values for a new partnership; duties and priorities one per line. */
export type PartnershipInit = Partial<Record<PartnershipField, string>>;

/** Adds a partnership at the end of the register (or at `index`) and returns its id. */
export function addPartnership(doc: Y.Doc, init: PartnershipInit = {}, index?: number): string {
  const id = newId('p');
  const fields = Object.fromEntries(PARTNERSHIP_FIELDS.map((f) => [f, init[f] ?? '']));
  doc.transact(() => addRecord(registerList(doc), id, fields, index));
  return id;
}

/** Edits one field of a partnership; every block showing it follows. */
export function updatePartnership(
  doc: Y.Doc,
  id: string,
  field: PartnershipField,
  value: string,
): void {
  const map = record(registerList(doc), id);
  if (!map) throw new Error(`No partnership ${id}`);
  doc.transact(() => writeText(map, field, value));
}

/** Removes a partnership from the register (blocks' cells for it stay, for undo and history). */
export function removePartnership(doc: Y.Doc, id: string): void {
  doc.transact(() => removeRecord(registerList(doc), id));
}

/** Moves a partnership to a new position; matrices reorder their columns with it. */
export function movePartnership(doc: Y.Doc, id: string, index: number): void {
  doc.transact(() => moveRecord(registerList(doc), id, index));
}

/** Each partnership's fields as typed (multi-line fields unsplit), for editing them. */
export function readRegisterText(doc: Y.Doc): Map<string, Record<PartnershipField, string>> {
  const list = registerList(doc);
  const result = new Map<string, Record<PartnershipField, string>>();
  for (const id of listIds(list)) {
    const map = list.items.get(id)!;
    result.set(
      id,
      Object.fromEntries(PARTNERSHIP_FIELDS.map((f) => [f, readText(map, f)])) as Record<
        PartnershipField,
        string
      >,
    );
  }
  return result;
}
