import type * as Y from 'yjs';

/**
 * Transaction origin of every block and register edit made on this device. The editor's
 * undo manager tracks it (beside its own text edits), so Ctrl+Z undoes my block edits and
 * never anyone else's.
 */
export const BLOCK_EDIT_ORIGIN = { name: 'block-edit' } as const;

const undoManagers = new WeakMap<Y.Doc, Y.UndoManager>();
/** The field being typed in while `asTyping` runs. */
let typingIn: object | undefined;
/** The field of the last edit, when it was typing; undefined after any other edit. */
let lastTypedIn: object | undefined;

/** Tells block edits which undo history they belong to (set when the editor starts). */
export function setBlockUndoManager(doc: Y.Doc, undoManager: Y.UndoManager): void {
  undoManagers.set(doc, undoManager);
}

/**
 * Runs `change` as typing in `field` (any object standing for it, e.g. its element):
 * consecutive keystrokes in one field merge into one undo step, as in the editor's text;
 * typing in another field starts a new one.
 */
export function asTyping(change: () => void, field: object): void {
  typingIn = field;
  try {
    change();
  } finally {
    typingIn = undefined;
  }
}

/**
 * Runs `change` as one undoable edit of this person's. A choice, an added or removed row
 * is an undo step of its own; typing (see `asTyping`) merges keystrokes like the editor does.
 * Returns what `change` returns (e.g. the id of an added row).
 */
export function editBlock<T>(doc: Y.Doc, change: () => T): T {
  const undoManager = undoManagers.get(doc);
  const typing = typingIn;
  if (typing === undefined || typing !== lastTypedIn) undoManager?.stopCapturing();
  let result!: T;
  doc.transact(() => {
    result = change();
  }, BLOCK_EDIT_ORIGIN);
  lastTypedIn = typing;
  if (typing === undefined) undoManager?.stopCapturing();
  return result;
}

/**
 * Undoes or redoes this person's last step in the document's shared history (text, blocks,
 * register and title alike), for keys pressed outside the editor, which its keymap never sees.
 */
export function undoEdit(doc: Y.Doc, direction: 'undo' | 'redo'): void {
  const undoManager = undoManagers.get(doc);
  if (direction === 'undo') undoManager?.undo();
  else undoManager?.redo();
}
