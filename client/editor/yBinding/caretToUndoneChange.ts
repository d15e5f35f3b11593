import { Plugin, Selection } from '@tiptap/pm/state';
import type { Transform } from '@tiptap/pm/transform';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { fromUndoRedo } from './syncMeta.ts';

/**
 * Where the caret goes after an undo or redo made by `tr`: the end of the last range it
 * changed, in the document after it (where removed text was, or just after text put
 * back); undefined when it changed nothing. The binding narrows its step to the blocks it
 * rebuilt, and inside a paragraph to the characters that differ (see replaceDocContent).
 */
export function undoneChangeEnd(tr: Transform): number | undefined {
  let end: number | undefined;
  tr.mapping.maps.forEach((map, index) => {
    map.forEach((_fromA, _toA, _fromB, toB) => {
      const after = tr.mapping.slice(index + 1).map(toB, -1);
      end = end === undefined ? after : Math.max(end, after);
    });
  });
  return end;
}

/**
 * Undo and redo put the caret at the change they made and scroll it into view, as word
 * processors do. y-tiptap keeps the caret where it was (mapped through the change), so
 * undoing a few words typed on page 3 while reading page 40 changed page 3 out of sight.
 */
export function caretToUndoneChange(): Plugin {
  return new Plugin({
    appendTransaction(transactions, _oldState, newState) {
      const index = transactions.findLastIndex((tr) => fromUndoRedo(tr) && tr.docChanged);
      if (index < 0) return null;
      let end = undoneChangeEnd(transactions[index]!);
      for (const later of transactions.slice(index + 1)) {
        if (end !== undefined) end = later.mapping.map(end, -1);
      }
      if (end === undefined) return null;
      const caret = Selection.near(newState.doc.resolve(end), -1);
      // Marked as the binding's own, like the undo it follows: nothing to write back.
      return newState.tr
        .setSelection(caret)
        .scrollIntoView()
        .setMeta(ySyncPluginKey, { isChangeOrigin: true, isUndoRedoOperation: true });
    },
  });
}
