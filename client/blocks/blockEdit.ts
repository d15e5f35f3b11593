import type * as Y from 'yjs';

/**
 * Transaction origin of every block and register edit made on this device. The editor's
 * undo manager tracks it (beside its own text edits), so Ctrl+Z undoes my block edits and
 * never anyone else's.
 */
export const BLOCK_EDIT_ORIGIN = { name: 'block-edit' } as const;

/** Runs `change` as one undoable block edit. */
export function editBlock(doc: Y.Doc, change: () => void): void {
  doc.transact(change, BLOCK_EDIT_ORIGIN);
}
