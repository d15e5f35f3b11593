import * as Y from 'yjs';
import { createDoc } from '../../shared/document/docFields.ts';
import type { UpdateRow } from './UpdateRow.ts';

/**
 * Applies every row to `doc` in one transaction (origin `origin`), in order. Far faster
 * than `Y.mergeUpdates` for many small rows (keystrokes): merging 10k of them took seconds
 * and wrote a row several times larger than the document's encoded state.
 */
export function applyRows(doc: Y.Doc, rows: readonly UpdateRow[], origin: unknown): void {
  doc.transact(() => {
    for (const row of rows) Y.applyUpdate(doc, row.update, origin);
  }, origin);
}

/**
 * One update equivalent to all `rows`: the single row's bytes as they are when there is
 * one, else the encoded state of a history-keeping doc holding them all.
 */
export function mergeRows(rows: readonly UpdateRow[]): Uint8Array {
  const [only] = rows;
  if (rows.length === 1 && only) return only.update;
  const doc = createDoc();
  applyRows(doc, rows, null);
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return merged;
}
