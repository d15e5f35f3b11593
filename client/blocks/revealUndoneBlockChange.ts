import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import type * as Y from 'yjs';
import { blocksChangedIn } from '../../shared/blocks/core/blocksChangedIn.ts';
import { bodyFragment } from '../../shared/document/docFields.ts';
import { blockNodePosition } from '../editor/sections/blockNodePosition.ts';
import { focusLost } from './focusSoon.ts';

/** Selects the block node at `pos` and scrolls it into view; focuses the editor too. */
function selectBlockAt(editor: Editor, pos: number, { focus }: { focus: boolean }): void {
  const { state, view } = editor;
  view.dispatch(state.tr.setSelection(NodeSelection.create(state.doc, pos)).scrollIntoView());
  if (focus) view.focus();
}

/**
 * Undo and redo of a block edit show that block, as undoing text puts the caret at it
 * (caretToUndoneChange): Ctrl+Z pressed on page 40 otherwise changed a table on page 3
 * out of sight. From elsewhere, the block is selected and scrolled into view. From inside
 * it (Ctrl+Z in one of its fields), focus stays, unless the undo removed the focused field
 * (an added row taken back): then the block is selected with the editor focused, so the
 * next Ctrl+Z still works. Nothing happens when the step changed the body too (the caret
 * goes to that change). Returns the function that stops it.
 */
export function revealUndoneBlockChange(
  editor: Editor,
  doc: Y.Doc,
  undoManager: Y.UndoManager,
): () => void {
  const body = bodyFragment(doc);
  const onPopped = ({ changedParentTypes }: { changedParentTypes: Map<unknown, unknown> }) => {
    if (editor.isDestroyed || changedParentTypes.has(body)) return;
    const types = changedParentTypes.keys() as Iterable<{ _item: Y.Item | null }>;
    const blockId = blocksChangedIn(doc, types).at(-1);
    if (blockId === undefined) return;
    const pos = blockNodePosition(editor.state.doc, blockId);
    if (pos === undefined) return;
    const dom = editor.view.nodeDOM(pos);
    if (!(dom instanceof HTMLElement)) return;
    if (!dom.contains(document.activeElement)) {
      selectBlockAt(editor, pos, { focus: focusLost() });
      return;
    }
    // The block's view redraws from the change on the next frame at the latest.
    requestAnimationFrame(() => {
      if (editor.isDestroyed || !focusLost()) return;
      const now = blockNodePosition(editor.state.doc, blockId);
      if (now !== undefined) selectBlockAt(editor, now, { focus: true });
    });
  };
  undoManager.on('stack-item-popped', onPopped);
  return () => undoManager.off('stack-item-popped', onPopped);
}
