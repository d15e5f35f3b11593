import { Plugin } from '@tiptap/pm/state';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

/**
 * Typing somewhere else starts a new undo step, as in word processors. Yjs's undo manager
 * joins changes made within half a second of each other into one step wherever they are,
 * so a click on another page and a quick word there were undone together with the words
 * typed before the click. Any move of the caret that changes nothing (a click, an arrow
 * key) now ends the step in progress.
 */
export function undoStepPerPlace(): Plugin {
  return new Plugin({
    view: () => ({
      update(view, previous) {
        const { doc, selection } = view.state;
        if (doc !== previous.doc || selection.eq(previous.selection)) return;
        const undo = yUndoPluginKey.getState(view.state) as
          { undoManager: Y.UndoManager } | undefined;
        undo?.undoManager.stopCapturing();
      },
    }),
  });
}
