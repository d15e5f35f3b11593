import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import type * as Y from 'yjs';
import { blocksChangedIn } from '../../shared/blocks/core/blocksChangedIn.ts';
import { bodyFragment } from '../../shared/document/docFields.ts';
import { blockNodePosition } from '../editor/sections/blockNodePosition.ts';

/**
 * Undo and redo of a block edit select that block and scroll it into view, as undoing
 * text puts the caret at it (caretToUndoneChange): Ctrl+Z pressed on page 40 otherwise
 * changed a table on page 3 out of sight. Nothing moves when the step changed the body
 * too (the caret goes to that change) or when focus is already inside the block (Ctrl+Z
 * in one of its fields). Returns the function that stops it.
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
    const { state, view } = editor;
    const pos = blockNodePosition(state.doc, blockId);
    if (pos === undefined) return;
    const dom = view.nodeDOM(pos);
    if (dom instanceof HTMLElement && dom.contains(document.activeElement)) return;
    view.dispatch(state.tr.setSelection(NodeSelection.create(state.doc, pos)).scrollIntoView());
  };
  undoManager.on('stack-item-popped', onPopped);
  return () => undoManager.off('stack-item-popped', onPopped);
}
