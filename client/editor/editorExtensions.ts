import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
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
import { EmptyDocumentHint } from './EmptyDocumentHint.ts';
import { patchDecorationLookup } from './patchDecorationLookup.ts';
import { RemoteCarets } from './RemoteCarets.ts';
import { Sections } from './sections/Sections.ts';
import { ScrollClearOfToolbar } from './ScrollClearOfToolbar.ts';
import { SlashMenu } from './slashMenu/SlashMenu.ts';
import { TypedText } from './TypedText.ts';
import { caretToUndoneChange } from './yBinding/caretToUndoneChange.ts';
import { patchLocalWrites } from './yBinding/patchLocalWrites.ts';
import { patchRemoteUpdates } from './yBinding/patchRemoteUpdates.ts';
import { undoStepPerPlace } from './yBinding/undoStepPerPlace.ts';
import { undoWithoutSelectionNotes } from './yBinding/undoWithoutSelectionNotes.ts';

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
    ...schemaExtensions(blockEditorNode, { topNode: false }),
    Sections,
    Collaboration.extend({
      addProseMirrorPlugins() {
        return [
          ...undoWithoutSelectionNotes(this.parent?.() ?? []),
          caretToUndoneChange(),
          undoStepPerPlace(),
        ];
      },
    }).configure({
      document: doc,
      field: DocFields.body,
      yUndoOptions: { trackedOrigins: [BLOCK_EDIT_ORIGIN] },
    }),
    RemoteCarets.configure({
      awareness: provider.awareness,
      user,
      render: renderCaret,
      selectionRender: renderSelection,
      wrapPlugin: deferViewUpdates,
    }),
    EmptyDocumentHint.configure({
      text: 'Start drafting the protocol… Type / to insert a block.',
    }),
    SlashMenu.configure({ doc }),
    BlockKeyboard,
    Clauses,
    TypedText,
    ScrollClearOfToolbar,
    CaretBlockRendered,
  ];
}
