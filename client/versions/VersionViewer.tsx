import Collaboration from '@tiptap/extension-collaboration';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo } from 'react';
import type * as Y from 'yjs';
import { DocFields, titleText } from '../../shared/document/docFields.ts';
import { readRegister } from '../../shared/register/register.ts';
import { schemaExtensions } from '../../shared/schema.ts';
import { blockEditorNode } from '../blocks/blockEditorNode.ts';
import { BlocksContext } from '../blocks/BlocksContext.tsx';
import { Clauses } from '../clauses/Clauses.ts';

/** A version exactly as it was, read-only: its text, blocks and register, numbered as then. */
export function VersionViewer({ versionDoc }: { versionDoc: Y.Doc }) {
  const editor = useEditor(
    {
      extensions: [
        ...schemaExtensions(blockEditorNode),
        Collaboration.configure({ document: versionDoc, field: DocFields.body }),
        Clauses,
      ],
      editable: false,
      editorProps: {
        attributes: {
          class: 'document-body document-body--version',
          'aria-label': 'Version text',
          role: 'document',
        },
      },
    },
    [versionDoc],
  );
  useEffect(() => () => versionDoc.destroy(), [versionDoc]);
  const context = useMemo(
    () => ({
      doc: versionDoc,
      partnerships: readRegister(versionDoc),
      problemsByBlock: new Map(),
      readOnly: true,
    }),
    [versionDoc],
  );
  return (
    <BlocksContext.Provider value={context}>
      <h3 className="version-viewer__title">
        {titleText(versionDoc).toString() || 'Untitled protocol'}
      </h3>
      {editor && <EditorContent editor={editor} />}
    </BlocksContext.Provider>
  );
}
