/** The keys of a keydown that decide undo and redo. */
export interface UndoKeyEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Whether a keydown asks to undo or redo, as the editor's own keymap reads it: Ctrl+Z
 * (⌘Z on a Mac) undoes; Ctrl+Shift+Z and Ctrl+Y redo.
 */
export function undoKey(event: UndoKeyEvent): 'undo' | 'redo' | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return undefined;
}
