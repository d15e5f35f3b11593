import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef } from 'react';
import { BlocksContext, type SignoffView } from '../blocks/BlocksContext.tsx';
import { addBlocksToUndoScope } from '../blocks/undoScope.ts';
import { useRegister } from '../blocks/useRegister.ts';
import type { Problem } from '../../shared/blocks/core/Problem.ts';
import type { Identity } from '../identity/identity.ts';
import type { DocumentSession } from '../session/DocumentSession.ts';
import { editorExtensions } from './editorExtensions.ts';
import { Toolbar } from './Toolbar.tsx';

interface Props {
  session: DocumentSession;
  identity: Identity;
  readOnly: boolean;
  problems: Problem[];
  signoff: SignoffView;
  /** Called after an undo or redo changed the partnership register. */
  onRegisterUndone: () => void;
}

/** The rich-text body of one document, bound to its Y.Doc, with the toolbar above it. */
export function DocumentEditor({
  session,
  identity,
  readOnly,
  problems,
  signoff,
  onRegisterUndone,
}: Props) {
  const partnerships = useRegister(session.doc);
  // The editor is made once per session; it calls whichever callback is current.
  const registerUndone = useRef(onRegisterUndone);
  registerUndone.current = onRegisterUndone;
  const editor = useEditor(
    {
      extensions: editorExtensions(session.doc, session.provider, caretUser(identity)),
      editable: !readOnly,
      onCreate: ({ editor: created }) =>
        addBlocksToUndoScope(created, session.doc, {
          onRegisterUndone: () => registerUndone.current(),
        }),
      editorProps: {
        attributes: {
          id: 'document-body',
          class: 'document-body',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': 'Document text',
        },
        handleKeyDown: (_view, event) => {
          // Alt+F10 moves to the toolbar, as in Word and Google Docs.
          if (event.altKey && event.key === 'F10') {
            document.querySelector<HTMLButtonElement>('[data-toolbar] [tabindex="0"]')?.focus();
            return true;
          }
          return false;
        },
      },
    },
    [session],
  );

  useEffect(() => {
    editor?.commands.updateUser(caretUser(identity));
  }, [editor, identity]);

  useEffect(() => {
    editor?.setEditable(!readOnly);
  }, [editor, readOnly]);

  const problemsByBlock = useMemo(() => {
    const byBlock = new Map<string, Problem[]>();
    for (const p of problems) {
      if (p.target.blockId)
        byBlock.set(p.target.blockId, [...(byBlock.get(p.target.blockId) ?? []), p]);
    }
    return byBlock;
  }, [problems]);
  const context = useMemo(
    () => ({ doc: session.doc, partnerships, problemsByBlock, readOnly, signoff }),
    [session.doc, partnerships, problemsByBlock, readOnly, signoff],
  );

  if (!editor) return null;
  return (
    <BlocksContext.Provider value={context}>
      <div className="editor">
        <Toolbar editor={editor} doc={session.doc} />
        <EditorContent editor={editor} />
      </div>
    </BlocksContext.Provider>
  );
}

function caretUser(identity: Identity) {
  return { name: identity.name, organisation: identity.organisation, color: identity.color };
}
