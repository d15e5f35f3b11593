import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import type { Identity } from '../identity/identity.ts';
import type { DocumentSession } from '../session/DocumentSession.ts';
import { editorExtensions } from './editorExtensions.ts';
import { Toolbar } from './Toolbar.tsx';

interface Props {
  session: DocumentSession;
  identity: Identity;
  readOnly: boolean;
}

/** The rich-text body of one document, bound to its Y.Doc, with the toolbar above it. */
export function DocumentEditor({ session, identity, readOnly }: Props) {
  const editor = useEditor(
    {
      extensions: editorExtensions(session.doc, session.provider, caretUser(identity)),
      editable: !readOnly,
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

  if (!editor) return null;
  return (
    <div className="editor">
      <Toolbar editor={editor} />
      <EditorContent editor={editor} />
    </div>
  );
}

function caretUser(identity: Identity) {
  return { name: identity.name, organisation: identity.organisation, color: identity.color };
}
