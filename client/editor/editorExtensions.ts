import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { DocFields } from '../../shared/document/docFields.ts';
import { schemaExtensions } from '../../shared/schema.ts';
import { BLOCK_EDIT_ORIGIN } from '../blocks/blockEdit.ts';
import { blockEditorNode } from '../blocks/blockEditorNode.ts';
import { BlockKeyboard } from '../blocks/blockKeyboard.ts';
import { Clauses } from '../clauses/Clauses.ts';
import { CaretBlockRendered } from './CaretBlockRendered.ts';
import { renderCaret, renderSelection, type CaretUser } from './caretRender.ts';
import { deferViewUpdates } from './deferViewUpdates.ts';
import { patchDecorationLookup } from './patchDecorationLookup.ts';
import { remoteCaretsAwareness } from './remoteCaretsAwareness.ts';
import { ScrollClearOfToolbar } from './ScrollClearOfToolbar.ts';
import { SlashMenu } from './slashMenu/SlashMenu.ts';
import { TypedText } from './TypedText.ts';
import { caretToUndoneChange } from './yBinding/caretToUndoneChange.ts';
import { lazyUndoSelection } from './yBinding/lazyUndoSelection.ts';
import { patchLocalWrites } from './yBinding/patchLocalWrites.ts';
import { patchRemoteUpdates } from './yBinding/patchRemoteUpdates.ts';
import { undoStepPerPlace } from './yBinding/undoStepPerPlace.ts';

/**
 * The shared schema (with block views attached) plus what only a live editor needs:
 * the Yjs binding whose undo history also tracks this person's block edits, carets,
 * the slash menu and block keyboard access.
 */
export function editorExtensions(
  doc: Y.Doc,
  provider: WebsocketProvider,
  user: CaretUser,
): AnyExtension[] {
  patchRemoteUpdates();
  patchLocalWrites();
  patchDecorationLookup();
  return [
    ...schemaExtensions(blockEditorNode),
    Collaboration.extend({
      addProseMirrorPlugins() {
        return [
          ...lazyUndoSelection(this.parent?.() ?? []),
          caretToUndoneChange(),
          undoStepPerPlace(),
        ];
      },
    }).configure({
      document: doc,
      field: DocFields.body,
      yUndoOptions: { trackedOrigins: [BLOCK_EDIT_ORIGIN] },
    }),
    CollaborationCaret.extend({
      addProseMirrorPlugins() {
        return (this.parent?.() ?? []).map(deferViewUpdates);
      },
    }).configure({
      provider: { awareness: remoteCaretsAwareness(provider.awareness) },
      user,
      render: renderCaret,
      selectionRender: renderSelection,
    }),
    Placeholder.configure({
      placeholder: 'Start drafting the protocol… Type / to insert a block.',
    }),
    SlashMenu.configure({ doc }),
    BlockKeyboard,
    Clauses,
    TypedText,
    ScrollClearOfToolbar,
    CaretBlockRendered,
  ];
}
