import type * as Y from 'yjs';
import { newId } from '../../blocks/core/newId.ts';
import { addRecord, listIds, rootList, type RecordList } from '../../blocks/core/RecordList.ts';
import { versionList } from '../versionStore.ts';
import { isSignoffRecord, type SignoffRecord } from './signoffRecord.ts';

/**
 * Sign-off records live in the document (root list `signoffs`), written by the relay once
 * it has checked them. Anyone who can edit could write a record here too, which is why
 * every reader verifies each record (verifySignoff) instead of trusting its presence.
 */
export function signoffList(doc: Y.Doc): RecordList {
  return rootList(doc, 'signoffs');
}

/** Adds a record (as its JSON text: records are never edited, only added). */
export function addSignoff(doc: Y.Doc, record: SignoffRecord): string {
  return addRecord(signoffList(doc), newId('s'), {}, undefined, {
    record: JSON.stringify(record),
  });
}

/** Every well-formed sign-off record, oldest first; anything else is not a signature. */
export function readSignoffs(doc: Y.Doc): SignoffRecord[] {
  const list = signoffList(doc);
  const records: SignoffRecord[] = [];
  for (const id of listIds(list)) {
    const record = parseSignoffRecord(list.items.get(id)?.get('record'));
    if (record) records.push(record);
  }
  return records;
}

/** A stored record's text as a record, when it is a well-formed one. */
export function parseSignoffRecord(text: unknown): SignoffRecord | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isSignoffRecord(value) ? value : undefined;
  } catch {
    // Not JSON: not a signature.
    return undefined;
  }
}

/** Proposes a named version for sign-off (`at`: ISO date-time). */
export function proposeForSignoff(doc: Y.Doc, versionId: string, at: string): boolean {
  const version = versionList(doc).items.get(versionId);
  if (!version) return false;
  version.set('proposedAt', at);
  return true;
}
