import type * as Y from 'yjs';

/**
 * Transaction origin of every block and register edit made on this device. The editor's
 * undo manager tracks it (beside its own text edits), so Ctrl+Z undoes my block edits and
 * never anyone else's.
 */
export const BLOCK_EDIT_ORIGIN = { name: 'block-edit' } as const;

const undoManagers = new WeakMap<Y.Doc, Y.UndoManager>();
let typing = false;

/** Tells block edits which undo history they belong to (set when the editor starts). */
export function setBlockUndoManager(doc: Y.Doc, undoManager: Y.UndoManager): void {
  undoManagers.set(doc, undoManager);
}

/** Runs `change` as typing: consecutive keystrokes merge into one undo step. */
export function asTyping(change: () => void): void {
  typing = true;
  try {
    change();
  } finally {
    typing = false;
  }
}

/**
 * Runs `change` as one undoable edit of this person's. A choice, an added or removed row
 * is an undo step of its own; typing (see `asTyping`) merges keystrokes like the editor does.
 * Returns what `change` returns (e.g. the id of an added row).
 */
export function editBlock<T>(doc: Y.Doc, change: () => T): T {
  const undoManager = undoManagers.get(doc);
  if (!typing) undoManager?.stopCapturing();
  let result!: T;
  doc.transact(() => {
    result = change();
  }, BLOCK_EDIT_ORIGIN);
  if (!typing) undoManager?.stopCapturing();
  return result;
}
