import type { Editor } from '@tiptap/core';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { blocksMap } from '../../shared/blocks/core/blockStore.ts';
import { titleText } from '../../shared/document/docFields.ts';
import { registerList } from '../../shared/register/register.ts';
import { setBlockUndoManager } from './blockEdit.ts';
import { revealUndoneBlockChange } from './revealUndoneBlockChange.ts';

/**
 * Puts block data, the register and the title into the editor's undo history, so one Ctrl+Z
 * timeline covers text and blocks (the manager already tracks only this person's edits).
 * Undoing a block edit brings the block into view (revealUndoneBlockChange); undoing a
 * register edit calls `onRegisterUndone`, for the page to show the register.
 */
export function addBlocksToUndoScope(
  editor: Editor,
  doc: Y.Doc,
  { onRegisterUndone }: { onRegisterUndone: () => void },
): void {
  const state = yUndoPluginKey.getState(editor.state) as
    { undoManager?: Y.UndoManager } | undefined;
  const register = registerList(doc);
  const undoManager = state?.undoManager;
  if (!undoManager) return;
  undoManager.addToScope([blocksMap(doc), register.order, register.items, titleText(doc)]);
  setBlockUndoManager(doc, undoManager);
  const stopBlocks = revealUndoneBlockChange(editor, doc, undoManager);
  const onPopped = ({ changedParentTypes }: { changedParentTypes: Map<unknown, unknown> }) => {
    if (changedParentTypes.has(register.order) || changedParentTypes.has(register.items)) {
      onRegisterUndone();
    }
  };
  undoManager.on('stack-item-popped', onPopped);
  editor.on('destroy', () => {
    stopBlocks();
    undoManager.off('stack-item-popped', onPopped);
  });
}
