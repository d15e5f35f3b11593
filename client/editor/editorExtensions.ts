import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { Placeholder } from '@tiptap/extensions';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { DocFields } from '../../shared/document/docFields.ts';
import { schemaExtensions } from '../../shared/schema.ts';
import { renderCaret, renderSelection, type CaretUser } from './caretRender.ts';

/** The shared schema plus what only a live editor needs: the Yjs binding and carets. */
export function editorExtensions(
  doc: Y.Doc,
  provider: WebsocketProvider,
  user: CaretUser,
): AnyExtension[] {
  return [
    ...schemaExtensions(),
    Collaboration.configure({ document: doc, field: DocFields.body }),
    CollaborationCaret.configure({
      provider,
      user,
      render: renderCaret,
      selectionRender: renderSelection,
    }),
    Placeholder.configure({ placeholder: 'Start drafting the protocol…' }),
  ];
}
