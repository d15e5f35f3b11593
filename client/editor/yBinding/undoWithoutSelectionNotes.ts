import { Plugin, type EditorState, type Transaction } from '@tiptap/pm/state';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

/** y-tiptap's undo plugin state (not in its type declarations). */
interface UndoPluginState {
  undoManager: Y.UndoManager;
  prevSel: unknown;
  hasUndoOps: boolean;
  hasRedoOps: boolean;
}

/**
 * Stops y-tiptap's undo plugin noting the selection as Yjs positions.
 *
 * Before every transaction the plugin noted the selection (walking the top-level blocks up
 * to the caret), to store it with a new undo step and hand it back to the binding when the
 * step is undone. Those positions count the flat document, not the editor's sections, and
 * the binding no longer puts a caret back from them (see patchRemoteUpdates): undo and
 * redo put the caret at what they changed instead (caretToUndoneChange). The plugin's
 * state keeps only whether there is anything to undo or redo.
 */
export function undoWithoutSelectionNotes(plugins: Plugin[]): Plugin[] {
  return plugins.map((plugin) => {
    const state = plugin.spec.state;
    if (plugin.spec.key !== yUndoPluginKey || !state) return plugin;
    return new Plugin({
      ...plugin.spec,
      state: {
        ...state,
        apply(_tr: Transaction, value: UndoPluginState, _old: EditorState, _next: EditorState) {
          const hasUndoOps = value.undoManager.undoStack.length > 0;
          const hasRedoOps = value.undoManager.redoStack.length > 0;
          if (hasUndoOps === value.hasUndoOps && hasRedoOps === value.hasRedoOps) return value;
          return { ...value, prevSel: null, hasUndoOps, hasRedoOps };
        },
      },
    });
  });
}
