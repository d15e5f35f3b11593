import { Plugin, type EditorState, type Transaction } from '@tiptap/pm/state';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { fromYjs } from './syncMeta.ts';

/** y-tiptap's undo plugin state (not in its type declarations). */
interface UndoPluginState {
  undoManager: Y.UndoManager & { lastChange: number; captureTimeout: number };
  prevSel: unknown;
  hasUndoOps: boolean;
  hasRedoOps: boolean;
}

/**
 * How close to the end of the undo manager's capture window a change may come and still be
 * counted on to merge: the note is skipped only when the change lands well inside it.
 */
const MARGIN_MS = 100;

/**
 * Makes y-tiptap's undo plugin note the selection only when the note can be used.
 *
 * Before every transaction the plugin notes the selection as Yjs positions (walking the
 * top-level blocks up to the caret), and when a change starts a new undo step the note is
 * stored with it, for undo to put the caret back. Only those changes read it: a keystroke
 * within the undo manager's capture window (500 ms) of the last one merges into the current
 * step, which keeps the note taken when it began. Those keystrokes keep the previous note;
 * changes coming from Yjs (remote, undo, redo) note as before, so every stored note is the
 * one upstream would have stored.
 */
export function lazyUndoSelection(plugins: Plugin[]): Plugin[] {
  return plugins.map((plugin) => {
    const state = plugin.spec.state;
    if (plugin.spec.key !== yUndoPluginKey || !state) return plugin;
    return new Plugin({
      ...plugin.spec,
      state: {
        ...state,
        apply(tr: Transaction, value: UndoPluginState, old: EditorState, next: EditorState) {
          // A change from Yjs can start a step of the other stack (undo fills the redo
          // stack), so it notes as before.
          if (fromYjs(tr) || !mergesIntoCurrentStep(value.undoManager)) {
            return state.apply.call(this, tr, value, old, next) as UndoPluginState;
          }
          const hasUndoOps = value.undoManager.undoStack.length > 0;
          const hasRedoOps = value.undoManager.redoStack.length > 0;
          if (hasUndoOps === value.hasUndoOps && hasRedoOps === value.hasRedoOps) return value;
          return { ...value, hasUndoOps, hasRedoOps };
        },
      },
    });
  });
}

/** True when a change now would join the undo step in progress (as Y.UndoManager decides). */
function mergesIntoCurrentStep(manager: UndoPluginState['undoManager']): boolean {
  return (
    manager.lastChange > 0 &&
    manager.undoStack.length > 0 &&
    Date.now() - manager.lastChange < manager.captureTimeout - MARGIN_MS
  );
}
